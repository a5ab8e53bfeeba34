using SkillRelease.CloudWatch.Model;

namespace SkillRelease.CloudWatch.Wire;

/// <summary>The request body of one page.</summary>
internal sealed record GetMetricDataBody(IReadOnlyList<MetricDataQuery> MetricDataQueries, DateTimeOffset StartTime, DateTimeOffset EndTime, string? NextToken);
