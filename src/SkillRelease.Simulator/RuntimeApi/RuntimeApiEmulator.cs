using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SkillRelease.Simulator.RuntimeApi;

/// <summary>
/// The Lambda Runtime API on 127.0.0.1, as Lambda's sandbox serves it to a runtime process: events queued by
/// <see cref="InvokeAsync"/> are handed out by the long poll <c>GET /2018-06-01/runtime/invocation/next</c>, and the
/// runtime answers with <c>…/response</c> or <c>…/error</c>, or reports a failed start on <c>/runtime/init/error</c>.
/// Its own host, separate from <see cref="SkillSimulator"/>: one emulator serves one runtime process.
/// </summary>
public sealed class RuntimeApiEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly InvocationQueue _queue;
    private readonly TimeProvider _time;

    private RuntimeApiEmulator(WebApplication app, InvocationQueue queue, TimeProvider time)
    {
        _app = app;
        _queue = queue;
        _time = time;
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        RuntimeApiAddress = $"127.0.0.1:{address.Port}";
    }

    /// <summary>host:port, the value of <c>AWS_LAMBDA_RUNTIME_API</c> for the runtime process.</summary>
    public string RuntimeApiAddress { get; }

    /// <summary>Completes when a runtime posts to <c>/runtime/init/error</c>.</summary>
    public Task<RuntimeError> InitError => _queue.InitError;

    public static async Task<RuntimeApiEmulator> StartAsync(RuntimeApiOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var queue = new InvocationQueue(options.Time);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddRoutingCore();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        var app = builder.Build();
        app.UseRouting();
        RuntimeApiEndpoints.Map(app, queue, options.InvokedFunctionArn, app.Lifetime.ApplicationStopping);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new RuntimeApiEmulator(app, queue, options.Time);
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

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
