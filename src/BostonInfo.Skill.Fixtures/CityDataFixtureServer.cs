using BostonInfo.Skill.CityData;
using BostonInfo.Skill.Server;
using LoopbackHosting;
using Microsoft.AspNetCore.Http;

namespace BostonInfo.Skill.Fixtures;

/// <summary>
/// The fake city services on 127.0.0.1 (port 0 picks a free one): what the conversation tests and
/// <c>serve --offline</c> point the skill at, so every intent can be tried without the internet.
/// </summary>
public sealed class CityDataFixtureServer : IAsyncDisposable
{
    private readonly LoopbackHost _host;

    private CityDataFixtureServer(LoopbackHost host, FixtureResponder responder)
    {
        _host = host;
        Responder = responder;
    }

    /// <summary>e.g. http://127.0.0.1:41234/</summary>
    public Uri Root => _host.Address;

    public FixtureResponder Responder { get; }

    /// <summary>The skill's settings for healthy fakes.</summary>
    public CityDataEndpoints Endpoints => FixtureEndpoints.For(Root);

    /// <summary>The skill's settings for fakes that all answer 503.</summary>
    public CityDataEndpoints DownEndpoints => FixtureEndpoints.For(Root, down: true);

    /// <summary>The apiEndpoint for Alexa requests, so the Device Address API is the fake one.</summary>
    public Uri AlexaApiEndpoint => FixtureEndpoints.AlexaApi(Root);

    public static async Task<CityDataFixtureServer> StartAsync(int port, CancellationToken cancellationToken)
    {
        var responder = new FixtureResponder();
        var host = await LoopbackHost.StartAsync(port, context => AnswerAsync(context, responder), cancellationToken).ConfigureAwait(false);
        return new CityDataFixtureServer(host, responder);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static async Task AnswerAsync(HttpContext context, FixtureResponder responder)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        var answer = responder.Respond(new FixtureRequest(
            request.Method,
            request.Path.Value ?? "/",
            request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString()),
            request.Headers.Authorization.ToString() is { Length: > 0 } authorization ? authorization : null,
            body,
            request.Headers.UserAgent.ToString() is { Length: > 0 } userAgent ? userAgent : null));
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = answer.ContentType;
        await context.Response.WriteAsync(answer.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
