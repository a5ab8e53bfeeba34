using BostonInfo.Skill.Bootstrap.RuntimeApi;

namespace BostonInfo.Skill.Bootstrap;

/// <summary>
/// The custom runtime's loop: get the next event, hand it to the handler, post the result or the error, repeat.
/// Start-up failures go to <c>/init/error</c> and end the process, as the Runtime API asks.
/// </summary>
public sealed class LambdaBootstrap(RuntimeApiClient runtimeApi, Func<Stream, Task<Stream>> handler)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var invocation = await runtimeApi.NextAsync(cancellationToken).ConfigureAwait(false);
            if (invocation.TraceId is { } traceId)
            {
                Environment.SetEnvironmentVariable(RuntimeApiHeaders.TraceIdEnvironmentVariable, traceId);
            }

            Stream result;
            try
            {
                result = await handler(new MemoryStream(invocation.Event, writable: false)).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                await runtimeApi.ReportInvocationErrorAsync(invocation, exception, cancellationToken).ConfigureAwait(false);
                continue;
            }

            await using (result.ConfigureAwait(false))
            {
                await runtimeApi.RespondAsync(invocation, result, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
