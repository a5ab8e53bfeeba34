using System.Globalization;

namespace Build.Benchmarks;

/// <summary>
/// Every intent that calls city services, warm, with each call taking 200 ms: an intent whose latency stays near one
/// delay while it makes several calls runs them side by side; one near calls × delay runs them one after another.
/// </summary>
public sealed class SlowUpstreamSection(BenchSettings settings, TimeProvider time) : IBenchSection
{
    public string Title => string.Create(CultureInfo.InvariantCulture, $"Warm latency when every city service takes {settings.SlowUpstreamDelay.TotalMilliseconds:0} ms");

    public string Note => "Slow city services: the delay is added to each call in the skill's HTTP handler; intents that call no city service are left out.";

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(CancellationToken cancellationToken)
    {
        var benchmark = new WarmLatencyBenchmark(time);
        var delay = settings.SlowUpstreamDelay;
        var rows = new List<BenchmarkRow>();
        foreach (var (name, request) in BenchIntents.All)
        {
            // No warm-up beyond the first call: the JIT's cost is lost in the delay.
            var measurement = await benchmark.MeasureAsync(request, delay, 0, settings.SlowUpstreamCalls, cancellationToken);
            var calls = measurement.UpstreamCallsPerRequest;
            if (calls > 0)
            {
                rows.Add(new BenchmarkRow(Title, name, string.Create(
                    CultureInfo.InvariantCulture,
                    $"{measurement.Sample.DescribePercentiles()}; {calls:0.#} upstream calls per request ({calls * delay.TotalMilliseconds:0} ms if one after another)")));
            }
        }

        return rows;
    }
}
