using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace SkillRelease.Http;

/// <summary>
/// <para>The one description of how every remote client (Lambda, SMAPI, LWA, GitHub, CloudWatch, STS) retries and
/// times out; code comments and docs point here. Polly 8 runs it, through Microsoft.Extensions.Http.Resilience's
/// <see cref="ResilienceHandler"/>; the numbers come from a <see cref="RetryPolicy"/>.</para>
/// <list type="number">
/// <item>Retried: throttling (429), server errors (5xx), an attempt that timed out, and a connection that was refused,
/// reset or closed before the answer. Every other answer, above all 409 (a conflict) and 412 (a lost
/// <c>RevisionId</c>/<c>If-Match</c> race), is returned at once: repeating it cannot help and could hide a race. A
/// guarded write that failed transiently is repeated with the same guard, so it still cannot apply twice.</item>
/// <item>Never repeated: a call marked <see cref="RequestOptionKeys.NotRetryable"/>, i.e. a write that is not
/// idempotent (a certification submit; GitHub's creates, marked by <c>WritesSentOnce</c>). It is sent once; its
/// callers converge by observing again.</item>
/// <item>The wait before retry n (1 for the first) is full-jitter capped exponential back-off ("Exponential Backoff
/// And Jitter", AWS Architecture Blog): a random time in [0, min(MaxDelay, BaseDelay × 2ⁿ⁻¹)); or the server's
/// <c>Retry-After</c> (seconds or an HTTP date) when that is longer, never beyond MaxDelay.</item>
/// <item>Each attempt has its own timeout (AttemptTimeout), and the whole call, waits included, another
/// (TotalTimeout). The caller's cancellation stops an attempt or a wait at once and is never retried.</item>
/// <item>Every attempt sends a fresh copy of the request, so the handlers further in (SigV4 signing, the LWA token)
/// sign it anew. When no attempt got an answer, the error says why (<see cref="TransportFailure"/>).</item>
/// </list>
/// <para>All waits and timeouts run on the client's <see cref="TimeProvider"/>, so tests decide when time passes.</para>
/// </summary>
public static class RetryRules
{
    public static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>The handlers that apply the rules around <paramref name="inner"/>: describe the failure ← Polly ← fresh copy per attempt.</summary>
    internal static HttpMessageHandler Around(HttpMessageHandler inner, RetryPolicy policy, TimeProvider time) =>
        new TransportFailureHandler(new ResilienceHandler(Pipeline(policy, time)) { InnerHandler = new FreshAttemptHandler(inner) });

    internal static ResiliencePipeline<HttpResponseMessage> Pipeline(RetryPolicy policy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(time);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddTimeout(policy.TotalTimeout);
        if (policy.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = policy.MaxAttempts - 1,
                ShouldHandle = arguments => ValueTask.FromResult(ShouldRetry(arguments.Outcome, arguments.Context)),
                // Polly's attempt number counts retries from 0; the rule counts them from 1.
                DelayGenerator = arguments => ValueTask.FromResult<TimeSpan?>(
                    Backoff(policy, arguments.AttemptNumber + 1, RetryAfter(arguments.Outcome.Result, time))),
            });
        }

        return builder.AddTimeout(policy.AttemptTimeout).Build();
    }

    /// <summary>The wait before retry number <paramref name="retry"/> (1 for the first retry): rule 3.</summary>
    internal static TimeSpan Backoff(RetryPolicy policy, int retry, TimeSpan? retryAfter)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        var ceiling = Math.Min(policy.MaxDelay.TotalMilliseconds, policy.BaseDelay.TotalMilliseconds * Math.Pow(2, retry - 1));
        var jittered = TimeSpan.FromMilliseconds(ceiling * policy.Jitter());
        return retryAfter is { } asked && asked > jittered ? (asked < policy.MaxDelay ? asked : policy.MaxDelay) : jittered;
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (context.GetRequestMessage() is { } request && request.Options.TryGetValue(RequestOptionKeys.NotRetryable, out var once) && once)
        {
            return false;
        }

        return outcome.Exception switch
        {
            null => outcome.Result is { } response && IsTransient(response.StatusCode),
            HttpRequestException or TimeoutRejectedException => true,
            // An attempt cancelled by anything but the caller (or the total timeout) lost its connection.
            OperationCanceledException => !context.CancellationToken.IsCancellationRequested,
            _ => false,
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time) => response?.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => null,
    };
}
