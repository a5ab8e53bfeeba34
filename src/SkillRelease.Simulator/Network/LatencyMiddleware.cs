using Microsoft.AspNetCore.Http;

namespace SkillRelease.Simulator.Network;

/// <summary>
/// Delays every answer of every simulated service by <see cref="SimulatorOptions.Latency"/>, before the endpoint
/// runs, as a round trip to AWS or Amazon would. The simulator otherwise answers in microseconds, which hides how many
/// calls a task makes one after another (issue 15): with latency, wall time shows the depth of the call chain.
/// </summary>
internal sealed class LatencyMiddleware(TimeSpan latency, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await Task.Delay(latency, time, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return; // the client gave up while "on the wire"
        }

        await next(context);
    }
}
