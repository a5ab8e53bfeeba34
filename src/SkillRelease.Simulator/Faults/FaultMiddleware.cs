using Microsoft.AspNetCore.Http;

namespace SkillRelease.Simulator.Faults;

/// <summary>
/// Runs before every endpoint: counts the call and, when a fault is planned for it, answers in the service's own
/// error shape instead of letting the endpoint run (so a failed write changes nothing).
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
                await write(context, StatusCodes.Status429TooManyRequests, "TooManyRequestsException", "Rate exceeded (injected).");
                break;
            case Fault.ServerError:
                await write(context, StatusCodes.Status500InternalServerError, "ServiceException", "The service encountered an internal error (injected).");
                break;
            case Fault.Conflict:
                await write(context, StatusCodes.Status409Conflict, "ResourceConflictException", "The operation cannot be performed at this time: a conflicting operation is in progress (injected).");
                break;
            case Fault.Timeout:
                try
                {
                    await Task.Delay(timeoutDuration, time, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return; // the client gave up, as intended
                }

                await write(context, StatusCodes.Status504GatewayTimeout, "ServiceException", "Timed out (injected).");
                break;
        }
    }
}
