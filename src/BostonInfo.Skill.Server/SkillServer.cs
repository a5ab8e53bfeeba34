using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BostonInfo.Skill.Server;

/// <summary>
/// The skill's Lambda handler behind HTTP on 127.0.0.1: POST / an Alexa request JSON and get the function's
/// response JSON, exactly the bytes Lambda would return. Loopback only: this is for local conversations
/// (virtual-alexa, curl), never for Alexa itself.
/// </summary>
public sealed class SkillServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SkillServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:8080/ (with the real port when 0 was asked for).</summary>
    public Uri Address { get; }

    public static async Task<SkillServer> StartAsync(SkillServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, IPEndPoint.MaxPort);

        var function = options.Function ?? new Function();

        // The empty builder reads no configuration (ASPNETCORE_URLS and friends cannot move the server off
        // loopback) and registers no logging, so Kestrel stays quiet on the console.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        var app = builder.Build();
        app.Run(context => SkillEndpoint.HandleAsync(context, function));

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

        return new SkillServer(app, BoundAddress(app));
    }

    /// <summary>Returns when <paramref name="cancellationToken"/> is cancelled or the server is stopped.</summary>
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
