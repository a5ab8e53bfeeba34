using SkillRelease.Http;

namespace SkillRelease.Release;

/// <summary>How patient the clients are. Production defaults; the rehearsal and tests use a fast variant against the simulator.</summary>
public sealed record ReleaseTuning
{
    public RetryPolicy Retry { get; init; } = new();

    /// <summary>Between two GetFunction polls while Lambda applies an upload.</summary>
    public TimeSpan LambdaWaiterInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The first wait between two SMAPI status polls (it grows from there).</summary>
    public TimeSpan SmapiPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    public static ReleaseTuning Production { get; } = new();

    /// <summary>For a loopback simulator: short waits, quick retries.</summary>
    public static ReleaseTuning Simulator { get; } = new()
    {
        Retry = new RetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(200), AttemptTimeout = TimeSpan.FromSeconds(5) },
        LambdaWaiterInterval = TimeSpan.FromMilliseconds(50),
        SmapiPollInterval = TimeSpan.FromMilliseconds(50),
    };
}
