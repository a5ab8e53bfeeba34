using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace SkillRelease.Tests.CloudWatch.Support;

/// <summary>A transport that answers from a script, one answer per request, and keeps each request's target, headers and body.</summary>
internal sealed class ScriptedHandler(params (HttpStatusCode Status, string Body)[] answers) : HttpMessageHandler
{
    private readonly ConcurrentQueue<(HttpStatusCode Status, string Body)> _answers = new(answers);
    private readonly ConcurrentQueue<(HttpRequestMessage Request, string Body)> _requests = new();

    public IReadOnlyList<(HttpRequestMessage Request, string Body)> Requests => _requests.ToList();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _requests.Enqueue((request, request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken)));
        if (!_answers.TryDequeue(out var answer))
        {
            throw new InvalidOperationException("The script has no answer left.");
        }

        var response = new HttpResponseMessage(answer.Status) { Content = new StringContent(answer.Body, Encoding.UTF8, "application/x-amz-json-1.0") };
        response.Headers.Add("x-amzn-RequestId", "scripted-request");
        return response;
    }
}
