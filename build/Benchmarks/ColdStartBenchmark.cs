using SkillRelease.Simulator.RuntimeApi;

namespace Benchmarks;

/// <summary>
/// Cold start as Lambda bills it: from starting the runtime process to the first response delivered to the
/// Runtime API. The event is queued before the process starts, as it is when Lambda starts a sandbox for it.
/// </summary>
public sealed class ColdStartBenchmark(int starts, TimeProvider time)
{
    private static readonly TimeSpan InvokeTimeout = TimeSpan.FromSeconds(30);

    public async Task<Sample> MeasureAsync(BootstrapLaunch launch, byte[] request, CancellationToken cancellationToken)
    {
        var milliseconds = new List<double>(starts);
        for (var start = 0; start < starts; start++)
        {
            await using var runtimeApi = await RuntimeApiEmulator.StartAsync(new RuntimeApiOptions { Time = time }, cancellationToken);
            var invoke = runtimeApi.InvokeAsync(request, InvokeTimeout, cancellationToken);
            await using var process = BootstrapProcess.Start(launch, runtimeApi, time);
            var result = await invoke;
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"{launch.FileName} did not answer: {result.Error}\n{process.Output}");
            }

            milliseconds.Add(time.GetElapsedTime(process.StartedTimestamp, result.CompletedTimestamp).TotalMilliseconds);
        }

        return new Sample(milliseconds);
    }
}
