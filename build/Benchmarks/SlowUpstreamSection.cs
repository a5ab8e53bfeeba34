using System.Globalization;

namespace Benchmarks;

/// <summary>
/// Every intent that calls city services, with each call taking 200 ms: the first answer (new function) and the
/// same question again (warm function). Latency divided by the delay is the number of round trips on the critical
/// path: calls that run side by side count once. Trash day and voting are held to issue 15's goal (first answer
/// in two round trips: what needs only the address starts beside the geocoder) and issue 13's (a repeat in one).
/// </summary>
public sealed class SlowUpstreamSection(BenchSettings settings, TimeProvider time) : IBenchSection
{
    private static readonly HashSet<string> AddressAnswers = ["TrashDayIntent", "VotingIntent"];

    public string Title => string.Create(CultureInfo.InvariantCulture, $"Latency when every city service takes {settings.SlowUpstreamDelay.TotalMilliseconds:0} ms");

    public string Note =>
        "Slow city services: the delay is added to each call in the skill's HTTP handler; intents that call no city service are left out. " +
        "\"First\" is a new function's first answer, \"repeat\" the same question again on that warm function; round trips are latency ÷ delay.";

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(CancellationToken cancellationToken)
    {
        var benchmark = new FirstAndRepeatBenchmark(time);
        var delay = settings.SlowUpstreamDelay;
        var rows = new List<BenchmarkRow>();
        foreach (var (name, request) in BenchIntents.All)
        {
            var measured = await benchmark.MeasureAsync(request, delay, settings.SlowUpstreamCalls, cancellationToken);
            if (measured.FirstCalls == 0)
            {
                continue;
            }

            var held = AddressAnswers.Contains(name);
            rows.Add(Row($"{name}, first", measured.First, measured.FirstCalls, held ? 2 : null));
            rows.Add(Row($"{name}, repeat", measured.Repeat, measured.RepeatCalls, held ? 1 : null));
        }

        return rows;
    }

    private BenchmarkRow Row(string measure, Sample sample, double calls, int? goalRoundTrips)
    {
        var delay = settings.SlowUpstreamDelay.TotalMilliseconds;
        var roundTrips = sample.Median / delay;
        var figure = string.Create(CultureInfo.InvariantCulture,
            $"{sample.DescribePercentiles()}; {calls:0.#} upstream call{(calls == 1 ? "" : "s")}, {roundTrips:0.#} round trip{(roundTrips == 1 ? "" : "s")}");
        // Half a delay of slack for the skill's own work and the machine's scheduling.
        return goalRoundTrips is { } goal
            ? new BenchmarkRow(Title, measure, figure, $"≤ {goal} round trip{(goal == 1 ? "" : "s")} (p50 < {(goal + 0.5) * delay:0} ms)",
                sample.Median < (goal + 0.5) * delay)
            : new BenchmarkRow(Title, measure, figure);
    }
}
