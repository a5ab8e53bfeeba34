using SkillRelease.CloudWatch;
using SkillRelease.CloudWatch.Model;
using SkillRelease.Release.State;

namespace SkillRelease.Release.Canaries;

/// <summary>
/// Reads a canary's figures: the Sum of AWS/Lambda <c>Invocations</c> and <c>Errors</c> for the dimensions
/// FunctionName, Resource (<c>function:alias</c>) and ExecutedVersion, the set Lambda publishes for an alias's
/// invocations per version it ran (https://docs.aws.amazon.com/lambda/latest/dg/monitoring-functions-metrics.html; the
/// same set aws-cdk-lib's generated LambdaMetrics lists, docs/operations.md "The canary").
/// </summary>
public static class CanaryMetrics
{
    /// <summary>One datapoint a minute: Lambda's metrics have standard (60 s) resolution.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    public static async Task<CanaryFigures> ReadAsync(
        ICloudWatchClient cloudWatch, string functionName, string alias, string version, DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cloudWatch);
        // The current minute is partly counted already: round the end up so that it is included.
        var end = DateTimeOffset.FromUnixTimeSeconds((until.ToUnixTimeSeconds() / 60 + 1) * 60);
        var response = await cloudWatch.GetMetricDataAsync(
            new GetMetricDataRequest
            {
                MetricDataQueries = [Query("invocations", LambdaMetricNames.Invocations), Query("errors", LambdaMetricNames.Errors)],
                StartTime = since,
                EndTime = end > since ? end : since + Period,
            },
            cancellationToken).ConfigureAwait(false);
        return new CanaryFigures(alias, version, Sum(response, "invocations"), Sum(response, "errors"));

        MetricDataQuery Query(string id, string metricName) => new()
        {
            Id = id,
            MetricStat = new MetricStat
            {
                Metric = new Metric
                {
                    Namespace = LambdaMetricNames.Namespace,
                    MetricName = metricName,
                    Dimensions =
                    [
                        new(LambdaMetricNames.FunctionNameDimension, functionName),
                        new(LambdaMetricNames.ResourceDimension, $"{functionName}:{alias}"),
                        new(LambdaMetricNames.ExecutedVersionDimension, version),
                    ],
                },
                Period = (int)Period.TotalSeconds,
                Stat = LambdaMetricNames.SumStatistic,
            },
        };
    }

    /// <summary>The figures of the canary the live alias runs (for the status table); null when it runs none.</summary>
    public static async Task<CanaryFigures?> OfLiveAliasAsync(ReleaseServices services, RemoteState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(state);
        if (state.LiveAlias is not { IsWeighted: true } live)
        {
            return null;
        }

        // A canary started by hand has no recorded start: count its last hour.
        var since = live.Description.CanaryStart ?? now.AddHours(-1);
        return await ReadAsync(services.CloudWatch, services.Settings.FunctionName, live.Name, live.AdditionalVersionWeights.Keys.Single(), since, now, cancellationToken).ConfigureAwait(false);
    }

    private static long Sum(GetMetricDataResponse response, string id) =>
        (long)Math.Round(response.MetricDataResults.Where(r => r.Id == id).SelectMany(r => r.Values).Sum());
}
