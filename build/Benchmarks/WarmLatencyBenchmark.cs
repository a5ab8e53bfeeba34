using BostonInfo.Skill;
using BostonInfo.Skill.Fixtures;

namespace Benchmarks;

/// <summary>
/// The handler's own time on a warm instance: <see cref="Function.Handle"/> called in process against the fixture
/// city services in memory, after warm-up calls so that JIT compilation is not counted.
/// </summary>
public sealed class WarmLatencyBenchmark(TimeProvider time)
{
    /// <param name="upstreamDelay">How long every city-service call takes.</param>
    public async Task<WarmMeasurement> MeasureAsync(byte[] request, TimeSpan upstreamDelay, int warmUpCalls, int measuredCalls, CancellationToken cancellationToken)
    {
        using var upstreams = new SlowUpstreamHandler(upstreamDelay, time, new FixtureHttpHandler());
        var function = BenchSkill.Create(time, upstreams);
        await BenchSkill.AnswerAsync(function, request, cancellationToken);

        for (var call = 0; call < warmUpCalls; call++)
        {
            await CallAsync(function, request);
        }

        var milliseconds = new List<double>(measuredCalls);
        for (var call = 0; call < measuredCalls; call++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = time.GetTimestamp();
            await CallAsync(function, request);
            milliseconds.Add(time.GetElapsedTime(started).TotalMilliseconds);
        }

        return new WarmMeasurement(new Sample(milliseconds), upstreams.Calls / (double)(1 + warmUpCalls + measuredCalls));
    }

    private static async Task CallAsync(Function function, byte[] request)
    {
        await using var response = await function.Handle(new MemoryStream(request, writable: false));
    }
}
