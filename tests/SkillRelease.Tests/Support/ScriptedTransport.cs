using System.Net;
using System.Text;

namespace SkillRelease.Tests.Support;

/// <summary>
/// The innermost handler of a client under test: keeps each request as it left (method, path and query, headers,
/// body) and answers from a script, in order, without a socket. For the client-side guards, whose tests need the
/// exact bytes sent and a chosen refusal, and must run in milliseconds (mutation testing runs them per mutant).
/// </summary>
internal sealed class ScriptedTransport : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _answers = new();

    private readonly List<SentRequest> _sent = [];

    public IReadOnlyList<SentRequest> Sent => _sent;

    public ScriptedTransport Answer(HttpStatusCode status, string? json = null, params (string Name, string Value)[] headers)
    {
        _answers.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json ?? "", Encoding.UTF8, "application/json") };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        _sent.Add(new SentRequest(
            request.Method.Method,
            request.RequestUri!.PathAndQuery,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            body));
        return _answers.TryDequeue(out var answer)
            ? answer()
            : throw new InvalidOperationException($"The test scripted no answer for {request.Method} {request.RequestUri}.");
    }
}

