namespace SkillRelease.CloudWatch;

/// <summary>
/// The AWS/Lambda metrics a canary is judged by, as Lambda publishes them for an alias's invocations per version it
/// ran: namespace, metric names, the dimension set and the statistic. Shared by the canary reader and the simulated
/// CloudWatch. Last checked 2026-11-29 against
/// https://docs.aws.amazon.com/lambda/latest/dg/monitoring-functions-metrics.html (docs/operations.md, "The canary").
/// </summary>
public static class LambdaMetricNames
{
    public const string Namespace = "AWS/Lambda";

    public const string Invocations = "Invocations";
    public const string Errors = "Errors";

    public const string FunctionNameDimension = "FunctionName";

    /// <summary>The function and alias, <c>function:alias</c>.</summary>
    public const string ResourceDimension = "Resource";

    public const string ExecutedVersionDimension = "ExecutedVersion";

    public const string SumStatistic = "Sum";
}
