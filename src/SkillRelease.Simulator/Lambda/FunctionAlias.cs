namespace SkillRelease.Simulator.Lambda;

/// <summary>An alias: its primary version, an optional weighted extra version, and its own RevisionId.</summary>
public sealed record FunctionAlias
{
    public required string Name { get; init; }
    public required string FunctionVersion { get; init; }
    public string Description { get; init; } = "";
    /// <summary>Null when the alias was never given a RoutingConfig; else empty (a canary ended) or one extra version
    /// and its share of traffic (0–1).</summary>
    public IReadOnlyDictionary<string, double>? AdditionalVersionWeights { get; init; }
    public required string RevisionId { get; init; }
}
