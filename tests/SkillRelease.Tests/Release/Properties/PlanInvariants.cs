using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;

namespace SkillRelease.Tests.Release.Properties;

/// <summary>ARCHITECTURE.md §4's invariants, as checks of one plan against the state it was made from.</summary>
public static class PlanInvariants
{
    /// <summary>
    /// Writes that carry no concurrency guard, each with its reason. Every other write step must carry the guard its
    /// API offers; a new step type without an entry here fails the property until someone decides.
    /// </summary>
    public static readonly IReadOnlyDictionary<Type, string> UnguardedWrites = new Dictionary<Type, string>
    {
        [typeof(SubmitForCertification)] = "SMAPI's submit takes no guard; the step re-reads the newest review and the development endpoint right before sending",
        [typeof(PublishCertifiedSkill)] = "SMAPI's publish takes no guard; only a CERTIFIED skill can be published, and a second publish is refused by SMAPI",
        [typeof(RollbackSkill)] = "SMAPI's skill rollback takes no guard; the step reads the latest rollback first and SMAPI answers 409 while another operation is outstanding",
    };

    public static IEnumerable<string> Violations(RemoteState state, ReleaseIntent intent, Plan plan)
    {
        var moves = plan.Steps.OfType<PointAlias>().ToList();

        // 1. The live alias changes only in promote and rollback (a certification going live needs no step of ours).
        if (intent is not (Promote or Rollback) && state.LiveAlias is { } live && moves.Any(m => m.Alias == live.Name))
        {
            yield return $"1: {intent.Name} moves the live alias {live.Name}";
        }

        // 2. Nothing moves under a review: not the candidate, not the development stage.
        if (state.CertificationInProgress)
        {
            if (moves.FirstOrDefault(m => m.Alias == state.CandidateAliasName || state.DevelopmentAlias?.Name == m.Alias) is { } moved)
            {
                yield return $"2: alias {moved.Alias} moves while certification is IN_PROGRESS";
            }

            if (plan.Steps.Any(s => s is UpdateDevelopmentManifest or SetDevelopmentModel or SubmitForCertification))
            {
                yield return "2: the development stage is written while certification is IN_PROGRESS";
            }
        }

        // 3. The trigger exists before an endpoint names an alias.
        var granted = state.Aliases.Where(a => a.AlexaCanInvoke).Select(a => a.Name).ToHashSet();
        var functionGranted = state.FunctionAlexaCanInvoke;
        foreach (var step in plan.Steps)
        {
            if (step is GrantAlexaTrigger grant)
            {
                granted.Add(grant.Alias);
            }

            functionGranted |= step is GrantAlexaTriggerOnFunction;
            if (step is UpdateDevelopmentManifest toFunction && ManifestEndpoint.Get(toFunction.Envelope) == state.FunctionArn && !functionGranted)
            {
                yield return "3: the development endpoint points at the function before Alexa may invoke it";
            }

            if (step is UpdateDevelopmentManifest manifest && ManifestEndpoint.Get(manifest.Envelope) is { } endpoint
                && state.AliasNames.FirstOrDefault(name => endpoint == state.AliasArn(name)) is { } alias && !granted.Contains(alias))
            {
                yield return $"3: the development endpoint points at {alias} before Alexa may invoke it";
            }
        }

        // 4. promote ships only what live has certified.
        if (intent is Promote promote && !plan.IsEmpty && state.Live?.Holds(promote.Skill) != true)
        {
            yield return "4: promote plans steps although the live stage does not hold the skill package";
        }

        // Lambda refuses a routing configuration that weights the alias's own version.
        if (moves.FirstOrDefault(m => m.Canary is { } canary && canary.Version.Number is { } extra && extra == m.Version.Number) is { } selfWeighted)
        {
            yield return $"weights alias {selfWeighted.Alias} towards its own version {selfWeighted.Version}";
        }

        // 6. Every write carries its guard, or is a named exemption.
        foreach (var step in plan.Steps.Where(s => s.WritesToSkill))
        {
            if (Unguarded(step, state) is { } why)
            {
                yield return $"6: {step.GetType().Name} ({step.Description}) {why}";
            }
        }
    }

    private static string? Unguarded(Step step, RemoteState state) => step switch
    {
        UploadCode upload when upload.RevisionId is null && state.Latest.RevisionId is not null => "has no RevisionId",
        PublishVersion publish when string.IsNullOrEmpty(publish.CodeSha256) => "has no CodeSha256",
        PointAlias { Create: false, RevisionId: null, AfterOwnMove: false } => "moves an alias without its RevisionId",
        GrantAlexaTrigger grant when grant.PolicyRevisionId is null && state.Alias(grant.Alias)?.PolicyRevisionId is not null => "ignores the policy's RevisionId",
        GrantAlexaTriggerOnFunction onFunction when onFunction.PolicyRevisionId is null && state.FunctionPolicyRevisionId is not null => "ignores the function policy's RevisionId",
        UpdateFunctionConfiguration { RevisionId: null } when state.Latest.RevisionId is not null => "has no RevisionId",
        UpdateDevelopmentManifest { ETag: null } => "has no If-Match ETag",
        SetDevelopmentModel set when set.ETag is null && state.Development.Models.ContainsKey(set.Locale) => "has no If-Match ETag",
        UploadCode or PublishVersion or PointAlias or GrantAlexaTrigger or GrantAlexaTriggerOnFunction or UpdateFunctionConfiguration or UpdateDevelopmentManifest or SetDevelopmentModel => null,
        _ when UnguardedWrites.ContainsKey(step.GetType()) => null,
        _ => "is a write step the invariant does not know: give it a guard or a named exemption",
    };
}
