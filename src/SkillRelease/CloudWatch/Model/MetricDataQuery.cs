namespace SkillRelease.CloudWatch.Model;

/// <summary>One series to read; <see cref="Id"/> starts with a lower-case letter and ties the result to the query.</summary>
public sealed record MetricDataQuery
{
    public required string Id { get; init; }
    public required MetricStat MetricStat { get; init; }
}
