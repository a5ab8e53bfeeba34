namespace SkillRelease.CloudWatch.Model;

/// <summary>A metric with the statistic (<c>Sum</c>, <c>Average</c>, …) to take over each period of seconds.</summary>
public sealed record MetricStat
{
    public required Metric Metric { get; init; }
    public required int Period { get; init; }
    public required string Stat { get; init; }
}
