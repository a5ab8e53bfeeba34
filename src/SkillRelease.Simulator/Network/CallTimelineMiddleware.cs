using Microsoft.AspNetCore.Http;

namespace SkillRelease.Simulator.Network;

/// <summary>
/// Outermost: records each call from its arrival to its answer, latency included. On the real monotonic clock, not
/// <see cref="SimulatorOptions.Time"/>: what it measures is whether calls really overlapped, and a fake clock that
/// tests advance by hand would make every call look simultaneous.
/// </summary>
internal sealed class CallTimelineMiddleware(CallTimeline timeline)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var arrived = TimeProvider.System.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            timeline.Record(arrived, TimeProvider.System.GetTimestamp());
        }
    }
}
