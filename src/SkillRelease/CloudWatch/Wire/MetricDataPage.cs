using SkillRelease.CloudWatch.Model;

namespace SkillRelease.CloudWatch.Wire;

/// <summary>One page of GetMetricData: a query's series may continue on the next page.</summary>
internal sealed record MetricDataPage(IReadOnlyList<MetricDataResult>? MetricDataResults, string? NextToken);
