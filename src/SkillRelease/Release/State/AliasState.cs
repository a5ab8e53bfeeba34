using SkillRelease.Lambda.Model;

namespace SkillRelease.Release.State;

/// <summary>One of the two release aliases as observed, with whether Alexa may invoke it for this skill.</summary>
public sealed record AliasState
{
    public required string Name { get; init; }
    public required string AliasArn { get; init; }
    public required string FunctionVersion { get; init; }
    public string? RevisionId { get; init; }
    public AliasDescription Description { get; init; } = new();
    public IReadOnlyDictionary<string, double> AdditionalVersionWeights { get; init; } = new Dictionary<string, double>();

    /// <summary>The alias's resource policy has the Alexa Skills Kit trigger for this skill (invariant 3).</summary>
    public bool AlexaCanInvoke { get; init; }

    public string? PolicyRevisionId { get; init; }

    /// <summary>
    /// Set when the statement id the pipeline grants Alexa's trigger under is already used by a statement for another
    /// skill (its EventSourceToken) or principal: granting would fail with 409 until someone removes it.
    /// </summary>
    public string? ForeignTriggerToken { get; init; }

    public bool IsWeighted => AdditionalVersionWeights.Count > 0;

    public static AliasState From(AliasConfiguration alias, bool alexaCanInvoke, string? policyRevisionId) => new()
    {
        Name = alias.Name,
        AliasArn = alias.AliasArn,
        FunctionVersion = alias.FunctionVersion,
        RevisionId = alias.RevisionId,
        Description = AliasDescription.Parse(alias.Description),
        AdditionalVersionWeights = alias.RoutingConfig?.AdditionalVersionWeights ?? new Dictionary<string, double>(),
        AlexaCanInvoke = alexaCanInvoke,
        PolicyRevisionId = policyRevisionId,
    };
}
