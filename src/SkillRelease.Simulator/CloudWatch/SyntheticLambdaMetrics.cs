using SkillRelease.CloudWatch;
using SkillRelease.Simulator.Lambda;

namespace SkillRelease.Simulator.CloudWatch;

/// <summary>
/// The AWS/Lambda metrics a weighted alias would produce: while an alias splits traffic (a canary), it receives
/// <see cref="SimulatorOptions.CanaryInvocationsPerMinute"/> invocations, shared by weight between its two versions
/// (dimension ExecutedVersion), and the extra version fails <see cref="SimulatorOptions.CanaryErrorRate"/> of its
/// own. An alias on one version gets no synthetic traffic. Counts are whole numbers of a running total, so
/// adjacent periods add up exactly; a period without invocations has no datapoint, as in CloudWatch.
/// </summary>
internal sealed class SyntheticLambdaMetrics(AliasRoutingHistory routing, SimulatorOptions options)
{
    /// <summary>The Sum of <paramref name="metricName"/> per period for (alias, executed version), oldest first.</summary>
    public IReadOnlyList<(DateTimeOffset At, double Value)> Sums(string metricName, string alias, string executedVersion, DateTimeOffset start, DateTimeOffset end, TimeSpan period)
    {
        var now = options.Time.GetUtcNow();
        var history = routing.Of(alias);
        var series = new List<(DateTimeOffset, double)>();
        for (var at = start; at < end && at < now; at += period)
        {
            var until = Min(Min(at + period, end), now);
            var invocations = Count(history, executedVersion, until, errors: false) - Count(history, executedVersion, at, errors: false);
            if (invocations > 0)
            {
                series.Add((at, metricName == LambdaMetricNames.Errors ? Count(history, executedVersion, until, errors: true) - Count(history, executedVersion, at, errors: true) : invocations));
            }
        }

        return series;
    }

    /// <summary>Invocations (or errors) of the version from the alias's creation to <paramref name="until"/>.</summary>
    private long Count(IReadOnlyList<(AliasRoutingHistory.AliasRouting Routing, DateTimeOffset? Until)> history, string version, DateTimeOffset until, bool errors)
    {
        var seconds = 0.0;
        foreach (var (routing, ended) in history)
        {
            var end = Min(ended ?? until, until);
            if (end <= routing.At || routing.AdditionalVersionWeights.Count == 0)
            {
                continue;
            }

            var extra = routing.AdditionalVersionWeights.GetValueOrDefault(version);
            var share = version == routing.FunctionVersion ? 1 - routing.AdditionalVersionWeights.Values.Sum() : extra;
            var failing = errors ? (extra > 0 ? options.CanaryErrorRate : 0) : 1;
            seconds += (end - routing.At).TotalSeconds * share * failing;
        }

        return (long)Math.Floor(seconds * options.CanaryInvocationsPerMinute / 60);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
