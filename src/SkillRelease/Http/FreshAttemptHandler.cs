namespace SkillRelease.Http;

/// <summary>
/// Sends each attempt as a fresh copy of the request, so the handlers further in sign or authorise it anew instead
/// of finding the previous attempt's signature on it; the original, which the retries keep resending, stays as the
/// client built it. It also counts the attempts, for the sentence that says how many were made (<see cref="RetryRules"/>).
/// </summary>
internal sealed class FreshAttemptHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private static readonly HttpRequestOptionsKey<int> Attempts = new("SkillRelease.Attempts");

    /// <summary>How many attempts <paramref name="request"/> has made so far.</summary>
    public static int AttemptsOf(HttpRequestMessage request) => request.Options.TryGetValue(Attempts, out var attempts) ? attempts : 0;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(Attempts, AttemptsOf(request) + 1);
        // The content buffers on the first read, so every attempt sends the same bytes.
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(Copy(request, body), cancellationToken).ConfigureAwait(false);
    }

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
