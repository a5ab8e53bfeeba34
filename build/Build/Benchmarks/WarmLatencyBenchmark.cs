using BostonInfo.Skill;

namespace Build.Benchmarks;

/// <summary>
/// The handler's own time on a warm instance: <see cref="Function.Handle"/> called in process, after warm-up calls
/// so that JIT compilation and first connections are not counted.
/// </summary>
public sealed class WarmLatencyBenchmark(int warmUpCalls, int measuredCalls, TimeProvider time)
{
    public async Task<Sample> MeasureAsync(Function function, byte[] request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(function);
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

        return new Sample(milliseconds);
    }

    private static async Task CallAsync(Function function, byte[] request)
    {
        await using var response = await function.Handle(new MemoryStream(request, writable: false));
    }
}
