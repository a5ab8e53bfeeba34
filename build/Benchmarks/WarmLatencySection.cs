namespace Benchmarks;

/// <summary>Every intent, warm, with the city services answering at once: the skill's own overhead per request.</summary>
public sealed class WarmLatencySection(BenchSettings settings, TimeProvider time) : IBenchSection
{
    public string Title => "Warm handler latency (Function.Handle in process)";

    public string Note =>
        "Warm latency: the city services are the skill's fixtures answered in memory (FixtureHttpHandler), so a figure is the skill's own work plus the fixtures' parsing of their recorded answers; GC pauses from that show in p99 on a busy machine.";

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(CancellationToken cancellationToken)
    {
        var benchmark = new WarmLatencyBenchmark(time);
        var rows = new List<BenchmarkRow>();
        foreach (var (name, request) in BenchIntents.All)
        {
            var sample = (await benchmark.MeasureAsync(request, TimeSpan.Zero, settings.WarmUpCalls, settings.WarmCalls, cancellationToken)).Sample;
            rows.Add(new BenchmarkRow(Title, $"{name}, upstreams answer at once", sample.DescribePercentiles(), "p99 < 1 ms", sample.Percentile(99) < 1));
        }

        return rows;
    }
}
