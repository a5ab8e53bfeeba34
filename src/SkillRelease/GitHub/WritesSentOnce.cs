using System.Net.Http;
using SkillRelease.Http;

namespace SkillRelease.GitHub;

/// <summary>
/// Marks GitHub's non-idempotent writes (POST, PATCH) so the shared retries send them once (<see cref="RetryRules"/>, rule 2): a repeated
/// POST whose first attempt landed would create a second deployment or status. The ledger repeats such a write
/// itself, after finding what exists (<see cref="GitHubReleaseLedger"/>).
/// </summary>
internal sealed class WritesSentOnce(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Post || request.Method == HttpMethod.Patch)
        {
            request.Options.Set(RequestOptionKeys.NotRetryable, true);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
