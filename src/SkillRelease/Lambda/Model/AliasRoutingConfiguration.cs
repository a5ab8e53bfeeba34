namespace SkillRelease.Lambda.Model;

/// <summary>A weighted alias: one extra version and the share (0.0–1.0) of traffic it receives.</summary>
public sealed record AliasRoutingConfiguration
{
    public IReadOnlyDictionary<string, double> AdditionalVersionWeights { get; init; } = new Dictionary<string, double>();
}
