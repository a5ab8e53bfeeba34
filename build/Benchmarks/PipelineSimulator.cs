using SkillRelease.Http;
using SkillRelease.Release;
using SkillRelease.Simulator;

namespace Benchmarks;

/// <summary>The simulator both pipeline measurements run against, and what clients are told about it.</summary>
public static class PipelineSimulator
{
    /// <summary>Every delay zero: Lambda updates, model builds and validations finish at once.</summary>
    public static SimulatorOptions Options { get; } = new()
    {
        LambdaUpdateDuration = TimeSpan.Zero,
        SmapiUpdateDuration = TimeSpan.Zero,
    };

    /// <summary>
    /// Polls as often as the engine's simulator tuning allows; with zero delays the first poll already sees the end.
    /// </summary>
    public static ReleaseTuning Tuning { get; } = ReleaseTuning.Simulator with
    {
        Retry = new RetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(10), AttemptTimeout = TimeSpan.FromSeconds(5) },
        LambdaWaiterInterval = TimeSpan.FromMilliseconds(1),
        SmapiPollInterval = TimeSpan.FromMilliseconds(1),
    };
}
