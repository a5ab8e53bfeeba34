namespace SkillRelease.Http;

/// <summary>
/// The numbers of a client's retries and timeouts. What is retried, how the waits grow and what is never repeated
/// are the rules in <see cref="RetryRules"/>; this record only tunes them (production defaults here, faster ones for
/// the simulator in <c>ReleaseTuning</c>).
/// </summary>
public sealed record RetryPolicy
{
    /// <summary>Attempts in total, the first one included.</summary>
    public int MaxAttempts { get; init; } = 5;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long one attempt may take before it counts as a timeout (and may be retried).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one call may take, every attempt and wait included: a service that keeps answering 429 or
    /// 503 cannot hold a task for longer than this.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Returns a number in [0, 1). <see cref="Random.Shared"/> unless a test pins it.</summary>
    public Func<double> Jitter { get; init; } = Random.Shared.NextDouble;
}
