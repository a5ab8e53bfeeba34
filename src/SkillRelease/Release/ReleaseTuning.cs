using SkillRelease.Http;

namespace SkillRelease.Release;

/// <summary>How patient the clients are. Production defaults; the rehearsal and tests use a fast variant against the simulator.</summary>
public sealed record ReleaseTuning
{
    public RetryPolicy Retry { get; init; } = new();

    /// <summary>Between two GetFunction polls while Lambda applies an upload.</summary>
    public TimeSpan LambdaWaiterInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many GetFunction polls before giving up on an update (5 minutes at the default interval).</summary>
    public int LambdaWaiterMaxAttempts { get; init; } = 300;

    /// <summary>The first wait between two SMAPI status polls (it grows from there).</summary>
    public TimeSpan SmapiPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a SMAPI operation (a model build, a validation) may stay IN_PROGRESS before the run gives up.</summary>
    public TimeSpan SmapiPollTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How often a long wait (an update, a model build, a validation, a canary) reports its elapsed and remaining
    /// time: a line in a log every half minute keeps GitHub's job log alive without flooding it.
    /// </summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest a wait for a Lambda update lasts before it gives up.</summary>
    public TimeSpan LambdaWaiterLimit => LambdaWaiterInterval * LambdaWaiterMaxAttempts;

    public static ReleaseTuning Production { get; } = new();

    /// <summary>For a loopback simulator: short waits, quick retries.</summary>
    public static ReleaseTuning Simulator { get; } = new()
    {
        Retry = new RetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(200), AttemptTimeout = TimeSpan.FromSeconds(5) },
        LambdaWaiterInterval = TimeSpan.FromMilliseconds(50),
        SmapiPollInterval = TimeSpan.FromMilliseconds(50),
    };
}
