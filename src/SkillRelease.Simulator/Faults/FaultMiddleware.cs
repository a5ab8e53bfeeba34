using Microsoft.AspNetCore.Http;
using SkillRelease.Lambda;

namespace SkillRelease.Simulator.Faults;

/// <summary>
/// Runs before every endpoint: counts the call and, when a fault is planned for it, either answers in the service's
/// own error shape instead of letting the endpoint run (so a failed write changes nothing), or lets the endpoint run
/// and then withholds its answer (<see cref="Fault.Lost"/>, <see cref="Fault.Late"/>: the write landed, the caller
/// cannot know).
/// </summary>
internal sealed class FaultMiddleware(FaultInjector faults, IReadOnlyDictionary<string, ErrorWriter> errorWriters, TimeSpan timeoutDuration, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var operation = context.GetEndpoint()?.Metadata.GetMetadata<SimulatedOperation>();
        var fault = operation is null ? null : faults.OnCall(operation);
        if (operation is null || fault is null)
        {
            await next(context);
            return;
        }

        var write = errorWriters[operation.Service];
        switch (fault)
        {
            case Fault.Throttle:
                context.Response.Headers.RetryAfter = "0";
                await write(context, StatusCodes.Status429TooManyRequests, LambdaErrorTypes.TooManyRequests, "Rate exceeded (injected).");
                break;
            case Fault.ServerError:
                await write(context, StatusCodes.Status500InternalServerError, LambdaErrorTypes.Service, "The service encountered an internal error (injected).");
                break;
            case Fault.Conflict:
                await write(context, StatusCodes.Status409Conflict, LambdaErrorTypes.ResourceConflict, "The operation cannot be performed at this time: a conflicting operation is in progress (injected).");
                break;
            case Fault.Timeout:
                if (await HoldAsync(context))
                {
                    await write(context, StatusCodes.Status504GatewayTimeout, LambdaErrorTypes.Service, "Timed out (injected).");
                }

                break;
            case Fault.Lost:
                await ApplyWithheldAsync(context, next);
                // Abort resets the connection: the client reads no status line at all, only a broken connection.
                context.Abort();
                break;
            case Fault.Late:
                var answer = await ApplyWithheldAsync(context, next);
                if (await HoldAsync(context))
                {
                    await answer.CopyToAsync(context.Response.Body, context.RequestAborted);
                }

                break;
        }
    }

    /// <summary>Runs the endpoint (the write happens) with its answer captured instead of sent; restores the real body.</summary>
    private static async Task<MemoryStream> ApplyWithheldAsync(HttpContext context, RequestDelegate next)
    {
        var real = context.Response.Body;
        var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = real;
        }

        captured.Position = 0;
        return captured;
    }

    /// <summary>Waits the timeout duration; false when the client gave up first (as intended).</summary>
    private async Task<bool> HoldAsync(HttpContext context)
    {
        try
        {
            await Task.Delay(timeoutDuration, time, context.RequestAborted);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
