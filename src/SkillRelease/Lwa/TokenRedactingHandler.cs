using System.Text.Json;
using SkillRelease.Http;

namespace SkillRelease.Lwa;

/// <summary>
/// Sits under the <see cref="LoggingHandler"/> and teaches the redactor every token in a token response before the
/// logging handler can print the body, so even a Trace log never shows a fresh access token.
/// </summary>
internal sealed class TokenRedactingHandler(SecretRedactor redactor, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var body = JsonSerializer.Deserialize<LwaTokenResponse>(text);
            redactor.Add(body?.AccessToken);
            redactor.Add(body?.RefreshToken);
        }
        catch (JsonException)
        {
            // Not a token body (an HTML error page, say): nothing to learn; the provider reports it.
        }

        return response;
    }
}
