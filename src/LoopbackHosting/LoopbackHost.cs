using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LoopbackHosting;

/// <summary>
/// A quiet Kestrel on 127.0.0.1: the skill's server, the fake city services, the release simulator and the Runtime
/// API emulator all run on it. Loopback only, and port 0 picks a free port (read it back from <see cref="Address"/>).
/// </summary>
public sealed class LoopbackHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where the host listens, e.g. http://127.0.0.1:8080/ (with the real port when 0 was asked for).</summary>
    public Uri Address { get; }

    /// <summary>A host that hands every request to one delegate.</summary>
    public static Task<LoopbackHost> StartAsync(int port, RequestDelegate handle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handle);
        return StartAsync(new LoopbackHostOptions { Port = port }, app => app.Run(handle), cancellationToken);
    }

    /// <summary>A host whose pipeline <paramref name="configure"/> builds (middleware, mapped endpoints).</summary>
    public static async Task<LoopbackHost> StartAsync(LoopbackHostOptions options, Action<WebApplication> configure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configure);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort);

        // The empty builder reads no configuration (ASPNETCORE_URLS and friends cannot move the server off
        // loopback) and registers no logging, so Kestrel stays quiet on the console.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        if (options.Routing)
        {
            builder.Services.AddRoutingCore();
        }

        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            if (options.MaxRequestBodySize is { } limit)
            {
                kestrel.Limits.MaxRequestBodySize = limit;
            }

            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        var app = builder.Build();
        if (options.Routing)
        {
            app.UseRouting();
        }

        configure(app);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException(
                $"Could not listen on 127.0.0.1:{options.Port}: {exception.Message} Is another server using that port? Port 0 picks a free one.",
                exception);
        }

        return new LoopbackHost(app, BoundAddress(app));
    }

    /// <summary>Returns when <paramref name="cancellationToken"/> is cancelled or the host is stopped.</summary>
    public async Task WaitForShutdownAsync(CancellationToken cancellationToken)
    {
        var stopping = _app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (cancellationToken.Register(() => finished.TrySetResult()))
        await using (stopping.Register(() => finished.TrySetResult()))
        {
            await finished.Task.ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static Uri BoundAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var bound = addresses?.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel started without reporting the address it listens on.");
        var port = new Uri(bound).Port;
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
