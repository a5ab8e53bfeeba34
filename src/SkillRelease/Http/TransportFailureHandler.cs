using Polly.Timeout;

namespace SkillRelease.Http;

/// <summary>
/// Outside the retries (<see cref="RetryRules"/>): when no attempt got an answer, replaces the last attempt's
/// exception with a sentence that says what happened and after how many attempts (<see cref="TransportFailure"/>).
/// The caller's own cancellation passes through untouched: it is a stop, not a failure.
/// </summary>
internal sealed class TransportFailureHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is OperationCanceledException or HttpRequestException or TimeoutRejectedException)
        {
            throw TransportFailure.Describe(request, FreshAttemptHandler.AttemptsOf(request), exception);
        }
    }
}
