namespace SkillRelease.CloudWatch.Model;

/// <summary>GetMetricData: series over [StartTime, EndTime), which CloudWatch rounds to the period.</summary>
public sealed record GetMetricDataRequest
{
    public required IReadOnlyList<MetricDataQuery> MetricDataQueries { get; init; }
    public required DateTimeOffset StartTime { get; init; }
    public required DateTimeOffset EndTime { get; init; }
}
