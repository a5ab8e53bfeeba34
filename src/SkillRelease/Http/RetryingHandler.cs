using System.Net;
using System.Net.Http.Headers;

namespace SkillRelease.Http;

/// <summary>
/// Repeats a request that was throttled (429), failed on the server (5xx), timed out or lost its connection, following a
/// <see cref="RetryPolicy"/>. Any other answer, 4xx preconditions above all, is returned at once: repeating those
/// cannot help and could hide a race. A request marked <see cref="RequestOptionKeys.NotRetryable"/> (a
/// certification submit, say) is sent once.
/// Each attempt is a fresh copy of the request, so handlers further in (SigV4 signing) sign it anew. When no attempt
/// got an answer, the error says why (<see cref="TransportFailure"/>): a timeout, a refused or a dropped connection.
/// </summary>
public sealed class RetryingHandler : DelegatingHandler
{
    private readonly RetryPolicy _policy;
    private readonly TimeProvider _time;

    public RetryingHandler(RetryPolicy policy, TimeProvider time, HttpMessageHandler inner)
        : base(inner)
    {
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempts = request.Options.TryGetValue(RequestOptionKeys.NotRetryable, out var once) && once ? 1 : _policy.MaxAttempts;
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            // The attempt's deadline runs on the injected clock, like the waits between attempts: a test that moves
            // the clock decides when an attempt has taken too long, instead of racing a real timer on a busy machine.
            using var deadline = new CancellationTokenSource(_policy.AttemptTimeout, _time);
            using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(Copy(request, body), attemptTimeout.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is OperationCanceledException or HttpRequestException)
            {
                if (attempt >= attempts)
                {
                    throw TransportFailure.Describe(request, attempt, _policy.AttemptTimeout, exception);
                }

                await Task.Delay(_policy.DelayBefore(attempt, null), _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!IsTransient(response.StatusCode) || attempt >= attempts)
            {
                return response;
            }

            var retryAfter = RetryAfter(response.Headers.RetryAfter);
            response.Dispose();
            await Task.Delay(_policy.DelayBefore(attempt, retryAfter), _time, cancellationToken).ConfigureAwait(false);
        }
    }

    public static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow(),
        _ => null,
    };

    private static HttpRequestMessage Copy(HttpRequestMessage original, byte[]? body)
    {
        var copy = new HttpRequestMessage(original.Method, original.RequestUri) { Version = original.Version };
        foreach (var header in original.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (body is not null)
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var header in original.Content!.Headers)
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        foreach (var option in original.Options)
        {
            copy.Options.Set(new HttpRequestOptionsKey<object?>(option.Key), option.Value);
        }

        return copy;
    }
}
