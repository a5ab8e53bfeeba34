namespace SkillRelease.Simulator.Lambda;

/// <summary>An alias: its primary version, an optional weighted extra version, and its own RevisionId.</summary>
public sealed record FunctionAlias
{
    public required string Name { get; init; }
    public required string FunctionVersion { get; init; }
    public string Description { get; init; } = "";
    /// <summary>Empty, or one extra version and its share of traffic (0–1).</summary>
    public IReadOnlyDictionary<string, double> AdditionalVersionWeights { get; init; } = new Dictionary<string, double>();
    public required string RevisionId { get; init; }
}
