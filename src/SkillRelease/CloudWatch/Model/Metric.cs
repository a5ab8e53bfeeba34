namespace SkillRelease.CloudWatch.Model;

/// <summary>A metric: namespace, name and the exact set of dimensions it was published with.</summary>
public sealed record Metric
{
    public required string Namespace { get; init; }
    public required string MetricName { get; init; }
    public IReadOnlyList<Dimension> Dimensions { get; init; } = [];
}
