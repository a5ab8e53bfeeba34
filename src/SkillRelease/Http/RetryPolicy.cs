namespace SkillRelease.Http;

/// <summary>
/// Capped exponential backoff with full jitter ("Exponential Backoff And Jitter", AWS Architecture Blog): the n-th
/// retry waits a random time between zero and min(cap, base × 2ⁿ), or what the server's <c>Retry-After</c> asked
/// for when that is longer. Randomness is injected so tests can pin it.
/// </summary>
public sealed record RetryPolicy
{
    /// <summary>Attempts in total, the first one included.</summary>
    public int MaxAttempts { get; init; } = 5;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long one attempt may take before it counts as a timeout (and may be retried).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Returns a number in [0, 1). <see cref="Random.Shared"/> unless a test pins it.</summary>
    public Func<double> Jitter { get; init; } = Random.Shared.NextDouble;

    /// <summary>No retries at all: for calls that must not be repeated blindly.</summary>
    public static RetryPolicy None { get; } = new() { MaxAttempts = 1 };

    /// <summary>The wait before retry number <paramref name="retry"/> (1 for the first retry).</summary>
    public TimeSpan DelayBefore(int retry, TimeSpan? retryAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        var ceiling = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, retry - 1));
        var jittered = TimeSpan.FromMilliseconds(ceiling * Jitter());
        return retryAfter is { } asked && asked > jittered ? Min(asked, MaxDelay) : jittered;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
