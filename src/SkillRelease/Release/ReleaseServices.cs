using SkillRelease.CloudWatch;
using SkillRelease.GitHub;
using SkillRelease.Lambda;
using SkillRelease.Release.Configuration;
using SkillRelease.Smapi;

namespace SkillRelease.Release;

/// <summary>The clients a release talks to, and the settings that name the remote skill.</summary>
public sealed record ReleaseServices(ILambdaClient Lambda, ISmapiClient Smapi, IReleaseLedger Ledger, ReleaseSettings Settings)
{
    /// <summary>Read by promote's canary only: the new version's errors and invocations.</summary>
    public required ICloudWatchClient CloudWatch { get; init; }

    /// <summary>How patient the clients were made: what a step tells about the longest its wait may take.</summary>
    public ReleaseTuning Tuning { get; init; } = ReleaseTuning.Production;
}
