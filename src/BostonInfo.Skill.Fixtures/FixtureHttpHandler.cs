using System.Net;
using System.Text;
using System.Web;

namespace BostonInfo.Skill.Fixtures;

/// <summary>
/// The fake city services in memory, for unit tests: requests below <see cref="Root"/> go to a
/// <see cref="FixtureResponder"/> without a socket; anything else is a test failure.
/// </summary>
public sealed class FixtureHttpHandler : HttpMessageHandler
{
    public static readonly Uri Root = new("http://fixtures.test/");

    public FixtureResponder Responder { get; } = new();

    /// <summary>Every URL the skill asked for, to check paths and parameters.</summary>
    public List<Uri> Requests { get; } = [];

    /// <summary>Every request as the fakes saw it, bodies and User-Agent included.</summary>
    public List<FixtureRequest> Received { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = request.RequestUri ?? throw new InvalidOperationException("A request without a URL.");
        if (!Root.IsBaseOf(uri))
        {
            throw new InvalidOperationException($"This test must not call {uri}.");
        }

        lock (Requests)
        {
            Requests.Add(uri);
        }

        var query = HttpUtility.ParseQueryString(uri.Query);
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var received = new FixtureRequest(
            request.Method.Method,
            uri.AbsolutePath,
            query.AllKeys.OfType<string>().ToDictionary(key => key, key => query[key] ?? ""),
            request.Headers.Authorization?.ToString(),
            body,
            request.Headers.UserAgent.ToString() is { Length: > 0 } userAgent ? userAgent : null);
        lock (Requests)
        {
            Received.Add(received);
        }

        var answer = Responder.Respond(received);
        return new HttpResponseMessage((HttpStatusCode)answer.Status)
        {
            Content = new StringContent(answer.Body, Encoding.UTF8, answer.ContentType.Split(';')[0]),
            RequestMessage = request,
        };
    }
}
