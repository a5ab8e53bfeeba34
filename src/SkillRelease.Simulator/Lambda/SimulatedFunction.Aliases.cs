using SkillRelease.Lambda;

namespace SkillRelease.Simulator.Lambda;

internal sealed partial class SimulatedFunction
{
    /// <summary>Every alias write, for the simulated CloudWatch's traffic.</summary>
    public AliasRoutingHistory Routing { get; } = new();

    public FunctionAlias CreateAlias(FunctionReference reference, string name, string functionVersion, string? description, IReadOnlyDictionary<string, double>? weights)
    {
        lock (_gate)
        {
            Settle();
            RequireThisFunction(reference);
            if (!AliasName().IsMatch(name))
            {
                throw SimulatedLambdaError.Validation(
                    $"1 validation error detected: Value '{name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)");
            }

            RequireRouting(functionVersion, weights);
            if (_aliases.ContainsKey(name))
            {
                throw SimulatedLambdaError.Conflict($"Alias already exists: {QualifiedArn(name)}");
            }

            var alias = new FunctionAlias
            {
                Name = name,
                FunctionVersion = functionVersion,
                Description = description ?? "",
                AdditionalVersionWeights = weights,
                RevisionId = NewRevisionId(),
            };
            _aliases[name] = alias;
            Routing.Record(_options.Time.GetUtcNow(), name, functionVersion, weights);
            return alias;
        }
    }

    public FunctionAlias UpdateAlias(FunctionReference reference, string name, string? functionVersion, string? description, IReadOnlyDictionary<string, double>? weights, string? revisionId)
    {
        lock (_gate)
        {
            var alias = Alias(reference, name);
            if (revisionId is not null && revisionId != alias.RevisionId)
            {
                throw SimulatedLambdaError.StaleRevision("GetAlias");
            }

            var version = functionVersion ?? alias.FunctionVersion;
            var newWeights = weights ?? alias.AdditionalVersionWeights;
            RequireRouting(version, newWeights);
            alias = alias with { FunctionVersion = version, Description = description ?? alias.Description, AdditionalVersionWeights = newWeights, RevisionId = NewRevisionId() };
            _aliases[name] = alias;
            Routing.Record(_options.Time.GetUtcNow(), name, version, newWeights);
            return alias;
        }
    }

    public FunctionAlias GetAlias(FunctionReference reference, string name)
    {
        lock (_gate)
        {
            return Alias(reference, name);
        }
    }

    public IReadOnlyList<FunctionAlias> Aliases(FunctionReference reference, string? functionVersion)
    {
        lock (_gate)
        {
            RequireThisFunction(reference);
            return _aliases.Values
                .Where(a => functionVersion is null || a.FunctionVersion == functionVersion || a.AdditionalVersionWeights?.ContainsKey(functionVersion) == true)
                .OrderBy(a => a.Name, StringComparer.Ordinal)
                .ToList();
        }
    }

    /// <summary>Deleting an alias deletes its resource policy too; a missing alias is not an error (the service model lists none).</summary>
    public void DeleteAlias(FunctionReference reference, string name)
    {
        lock (_gate)
        {
            RequireThisFunction(reference);
            if (_aliases.Remove(name))
            {
                Routing.Record(_options.Time.GetUtcNow(), name, null, null);
            }

            _policies.Remove(name);
        }
    }

    private FunctionAlias Alias(FunctionReference reference, string name)
    {
        RequireThisFunction(reference);
        return _aliases.TryGetValue(name, out var alias) ? alias : throw SimulatedLambdaError.NotFound($"Alias not found: {QualifiedArn(name)}");
    }

    /// <summary>The routing rules: the primary version exists; at most one extra version, published, not the primary,
    /// weighted 0–1; and no weighted routing on <c>$LATEST</c>.</summary>
    private void RequireRouting(string functionVersion, IReadOnlyDictionary<string, double>? weights)
    {
        if (Version(functionVersion) is null)
        {
            throw SimulatedLambdaError.NotFound($"Function not found: {QualifiedArn(functionVersion)}");
        }

        if (weights is null || weights.Count == 0)
        {
            return;
        }

        if (weights.Count > 1)
        {
            throw SimulatedLambdaError.InvalidParameter("Number of items in AdditionalVersionWeights cannot be greater than 1");
        }

        var (extra, weight) = weights.Single();
        if (functionVersion == LambdaWire.LatestVersion || extra == LambdaWire.LatestVersion)
        {
            throw SimulatedLambdaError.InvalidParameter("$LATEST is not supported for an alias pointing to more than 1 version");
        }

        if (weight is < 0 or > 1 || double.IsNaN(weight))
        {
            throw SimulatedLambdaError.Validation($"1 validation error detected: Value '{weight}' at 'routingConfig.additionalVersionWeights' failed to satisfy constraint: Member must have value between 0.0 and 1.0");
        }

        if (extra == functionVersion)
        {
            throw SimulatedLambdaError.InvalidParameter($"Invalid function version {extra}. Function version {extra} is already included in routing configuration.");
        }

        if (Version(extra) is null)
        {
            throw SimulatedLambdaError.InvalidParameter($"Function version {extra} does not exist.");
        }
    }
}
