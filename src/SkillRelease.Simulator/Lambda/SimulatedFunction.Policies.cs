using SkillRelease.Lambda;

namespace SkillRelease.Simulator.Lambda;

internal sealed partial class SimulatedFunction
{
    public PermissionStatement AddPermission(FunctionReference reference, string sid, string action, string principal, string? eventSourceToken, string? sourceArn, string? revisionId)
    {
        lock (_gate)
        {
            var key = PolicyKey(reference);
            _policies.TryGetValue(key, out var policy);
            if (revisionId is not null && revisionId != policy?.RevisionId)
            {
                throw SimulatedLambdaError.StaleRevision("GetPolicy");
            }

            if (policy is not null && policy.Statements.Any(s => s.Sid == sid))
            {
                throw SimulatedLambdaError.Conflict($"The statement id ({sid}) provided already exists. Please provide a new statement id, or remove the existing statement.");
            }

            var statement = new PermissionStatement(sid, principal, action, QualifiedArn(reference.Qualifier), eventSourceToken, sourceArn);
            _policies[key] = new ResourcePolicy([.. policy?.Statements ?? [], statement], NewRevisionId());
            return statement;
        }
    }

    public ResourcePolicy GetPolicy(FunctionReference reference)
    {
        lock (_gate)
        {
            return _policies.TryGetValue(PolicyKey(reference), out var policy)
                ? policy
                : throw SimulatedLambdaError.NotFound("The resource you requested does not exist.");
        }
    }

    public void RemovePermission(FunctionReference reference, string sid, string? revisionId)
    {
        lock (_gate)
        {
            var key = PolicyKey(reference);
            if (!_policies.TryGetValue(key, out var policy))
            {
                throw SimulatedLambdaError.NotFound("No policy is associated with the given resource.");
            }

            if (revisionId is not null && revisionId != policy.RevisionId)
            {
                throw SimulatedLambdaError.StaleRevision("GetPolicy");
            }

            if (policy.Statements.All(s => s.Sid != sid))
            {
                throw SimulatedLambdaError.NotFound($"Statement {sid} is not found in resource policy.");
            }

            var remaining = policy.Statements.Where(s => s.Sid != sid).ToList();
            if (remaining.Count == 0)
            {
                _policies.Remove(key);
            }
            else
            {
                _policies[key] = new ResourcePolicy(remaining, NewRevisionId());
            }
        }
    }

    /// <summary>Null when the Alexa Skills Kit may invoke <paramref name="endpointArn"/> for <paramref name="skillId"/>:
    /// the ARN names this function, an existing version or an existing alias, and that very qualifier's policy holds an
    /// alexa-appkit.amazon.com statement whose EventSourceToken is the skill id. Otherwise SMAPI's words for it.</summary>
    public string? WhyCannotInvoke(string endpointArn, string skillId)
    {
        var invalid = $"The trigger setting for the Lambda {endpointArn} is invalid. Error code: SkillManifestError -";
        if (endpointArn.Split(':').Length > 8 || LambdaWire.UnqualifiedArn(endpointArn) != Arn || !Exists)
        {
            return $"{invalid} the function does not exist.";
        }

        var qualifier = LambdaWire.ArnQualifier(endpointArn);
        lock (_gate)
        {
            if (qualifier is not null && Version(qualifier) is null && !_aliases.ContainsKey(qualifier))
            {
                return $"{invalid} the version or alias {qualifier} does not exist.";
            }

            var allowed = _policies.TryGetValue(qualifier ?? "", out var policy)
                && policy.Statements.Any(s => s.Principal == LambdaWire.AlexaPrincipal && s.EventSourceToken == skillId);
            return allowed ? null : $"{invalid} the Alexa Skills Kit (skill {skillId}) has no permission to invoke it.";
        }
    }

    /// <summary>Adds the trigger the console puts on the unqualified function (test set-up, not an API).</summary>
    public void AddAlexaTrigger(string skillId)
    {
        lock (_gate)
        {
            _policies[""] = new ResourcePolicy([new PermissionStatement("alexa-skill-kit-trigger", LambdaWire.AlexaPrincipal, LambdaWire.InvokeFunctionAction, Arn, skillId, null)], NewRevisionId());
        }
    }

    /// <summary>Policies are per qualifier: "" for the unqualified function, else the version or alias, which must exist.
    /// Lambda refuses policies on $LATEST.</summary>
    private string PolicyKey(FunctionReference reference)
    {
        RequireThisFunction(reference);
        var qualifier = reference.Qualifier;
        if (qualifier is null)
        {
            return "";
        }

        if (qualifier == LambdaWire.LatestVersion)
        {
            throw SimulatedLambdaError.InvalidParameter("We currently do not support adding policies for $LATEST.");
        }

        if (Version(qualifier) is null && !_aliases.ContainsKey(qualifier))
        {
            throw SimulatedLambdaError.NotFound($"Function not found: {QualifiedArn(qualifier)}");
        }

        return qualifier;
    }
}
