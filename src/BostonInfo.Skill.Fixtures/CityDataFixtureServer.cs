using System.Net;
using BostonInfo.Skill.CityData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BostonInfo.Skill.Fixtures;

/// <summary>
/// The fake city services on 127.0.0.1 (port 0 picks a free one): what the conversation tests and
/// <c>serve --offline</c> point the skill at, so every intent can be tried without the internet.
/// </summary>
public sealed class CityDataFixtureServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CityDataFixtureServer(WebApplication app, Uri root, FixtureResponder responder)
    {
        _app = app;
        Root = root;
        Responder = responder;
    }

    /// <summary>e.g. http://127.0.0.1:41234/</summary>
    public Uri Root { get; }

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
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        var app = builder.Build();
        app.Run(context => AnswerAsync(context, responder));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel started without reporting the address it listens on.");
        return new CityDataFixtureServer(app, new Uri($"http://127.0.0.1:{new Uri(bound).Port}/"), responder);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

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
            body));
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = answer.ContentType;
        await context.Response.WriteAsync(answer.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
