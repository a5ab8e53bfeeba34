using LoopbackHosting;
namespace BostonInfo.Skill.Server;

/// <summary>
/// The skill's Lambda handler behind HTTP on 127.0.0.1: POST / an Alexa request JSON and get the function's
/// response JSON, exactly the bytes Lambda would return. Loopback only: this is for local conversations
/// (virtual-alexa, curl), never for Alexa itself.
/// </summary>
public sealed class SkillServer : IAsyncDisposable
{
    private readonly LoopbackHost _host;

    private SkillServer(LoopbackHost host) => _host = host;

    /// <summary>Where the server listens, e.g. http://127.0.0.1:8080/ (with the real port when 0 was asked for).</summary>
    public Uri Address => _host.Address;

    public static async Task<SkillServer> StartAsync(SkillServerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var function = options.Function ?? new Function();
        var host = await LoopbackHost.StartAsync(options.Port, context => SkillEndpoint.HandleAsync(context, function), cancellationToken)
            .ConfigureAwait(false);
        return new SkillServer(host);
    }

    /// <summary>Returns when <paramref name="cancellationToken"/> is cancelled or the server is stopped.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _host.WaitForShutdownAsync(cancellationToken);

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
