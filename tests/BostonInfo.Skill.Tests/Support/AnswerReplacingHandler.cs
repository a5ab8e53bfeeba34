using System.Text;

namespace BostonInfo.Skill.Tests.Support;

/// <summary>
/// Sends every request on to the fixture services (which record it), then replaces the body of the answers
/// <paramref name="replace"/> has another for: a city service answering what the fixture files do not hold.
/// </summary>
internal sealed class AnswerReplacingHandler(HttpMessageHandler fixtures, Func<Uri, string?> replace) : DelegatingHandler(fixtures)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (replace(request.RequestUri!) is { } body)
        {
            response.StatusCode = System.Net.HttpStatusCode.OK;
            response.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return response;
    }
}
