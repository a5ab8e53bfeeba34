namespace SkillRelease.CloudWatch.Model;

/// <summary>One query's series: a value per timestamp, only for periods that had data; <c>Complete</c> or <c>PartialData</c>.</summary>
public sealed record MetricDataResult
{
    public string Id { get; init; } = "";
    public string? Label { get; init; }
    public IReadOnlyList<DateTimeOffset> Timestamps { get; init; } = [];
    public IReadOnlyList<double> Values { get; init; } = [];
    public string? StatusCode { get; init; }
}
