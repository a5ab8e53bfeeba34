namespace SkillRelease.CloudWatch.Model;

/// <summary>Every query's series, all pages joined.</summary>
public sealed record GetMetricDataResponse
{
    public IReadOnlyList<MetricDataResult> MetricDataResults { get; init; } = [];
}
