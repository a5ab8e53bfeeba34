using LoopbackHosting;
using Microsoft.AspNetCore.Builder;

namespace SkillRelease.Simulator.RuntimeApi;

/// <summary>
/// The Lambda Runtime API on 127.0.0.1, as Lambda's sandbox serves it to a runtime process: events queued by
/// <see cref="InvokeAsync"/> are handed out by the long poll <c>GET /2018-06-01/runtime/invocation/next</c>, and the
/// runtime answers with <c>…/response</c> or <c>…/error</c>, or reports a failed start on <c>/runtime/init/error</c>.
/// Its own host, separate from <see cref="SkillSimulator"/>: one emulator serves one runtime process.
/// </summary>
public sealed class RuntimeApiEmulator : IAsyncDisposable
{
    private readonly LoopbackHost _host;
    private readonly InvocationQueue _queue;
    private readonly TimeProvider _time;

    private RuntimeApiEmulator(LoopbackHost host, InvocationQueue queue, TimeProvider time)
    {
        _host = host;
        _queue = queue;
        _time = time;
        RuntimeApiAddress = $"127.0.0.1:{host.Address.Port}";
    }

    /// <summary>host:port, the value of <c>AWS_LAMBDA_RUNTIME_API</c> for the runtime process.</summary>
    public string RuntimeApiAddress { get; }

    /// <summary>Completes when a runtime posts to <c>/runtime/init/error</c>.</summary>
    public Task<RuntimeError> InitError => _queue.InitError;

    public static async Task<RuntimeApiEmulator> StartAsync(RuntimeApiOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var queue = new InvocationQueue(options.Time);
        var host = await LoopbackHost.StartAsync(
            new LoopbackHostOptions { Port = options.Port, Routing = true },
            app => RuntimeApiEndpoints.Map(app, queue, options.InvokedFunctionArn, app.Lifetime.ApplicationStopping),
            cancellationToken).ConfigureAwait(false);
        return new RuntimeApiEmulator(host, queue, options.Time);
    }

    /// <summary>
    /// Queues <paramref name="payload"/> as the next event and waits for its end: the response, the runtime's error,
    /// the init error if the runtime failed to start (Lambda returns it to the waiting invoke), or a
    /// <c>Sandbox.Timedout</c> error after <paramref name="timeout"/>, counted from now.
    /// </summary>
    public async Task<InvocationResult> InvokeAsync(byte[] payload, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        var invocation = _queue.Enqueue(payload, timeout);
        // Cancelled as soon as the invocation ends, so that no timer outlives it.
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(timeout, _time, waiting.Token);
        var ended = await Task.WhenAny(invocation.Result, _queue.InitError, deadline).ConfigureAwait(false);
        await waiting.CancelAsync().ConfigureAwait(false);
        if (ended == deadline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            invocation.TryComplete(null, new RuntimeError("Sandbox.Timedout", "Sandbox.Timedout", $"Task timed out after {timeout.TotalSeconds:0.###} seconds", string.Empty), _queue.Timestamp());
        }
        else if (ended == _queue.InitError)
        {
            invocation.TryComplete(null, await _queue.InitError.ConfigureAwait(false), _queue.Timestamp());
        }

        return await invocation.Result.ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
