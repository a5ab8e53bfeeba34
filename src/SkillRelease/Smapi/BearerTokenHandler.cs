using System.Net;
using System.Net.Http.Headers;
using SkillRelease.Lwa;

namespace SkillRelease.Smapi;

/// <summary>
/// Adds <c>Authorization: Bearer &lt;LWA access token&gt;</c>. A 401 means the cached token was revoked or expired
/// early: the token is forgotten and the request is sent once more with a fresh one (neither ask-cli nor the SDK
/// does this, which is why long pipelines using them fail an hour in).
/// </summary>
internal sealed class BearerTokenHandler(ILwaTokenProvider tokens, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Reveal());
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        response.Dispose();
        tokens.Invalidate(token);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false)).Reveal());
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
