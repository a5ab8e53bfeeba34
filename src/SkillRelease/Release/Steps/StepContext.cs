using Microsoft.Extensions.Logging;
using SkillRelease.Release.Waiting;

namespace SkillRelease.Release.Steps;

/// <summary>What steps apply with, and what an earlier step of the same plan produced.</summary>
public sealed class StepContext(ReleaseServices services, ILogger logger, TimeProvider time, WaitReporter? waits = null)
{
    public ReleaseServices Services { get; } = services;

    public ILogger Logger { get; } = logger;

    public TimeProvider Time { get; } = time;

    /// <summary>Where long waits report their progress (<see cref="ReleaseTuning.ProgressInterval"/>); none given: nowhere.</summary>
    public WaitReporter Waits { get; } = waits ?? WaitReporter.Silent;

    public string FunctionName => Services.Settings.FunctionName;

    public string SkillId => Services.Settings.SkillId;

    /// <summary>
    /// <c>$LATEST</c>'s RevisionId once an update this plan made has settled (<see cref="WaitForCodeUpdate"/>): the
    /// guard for the plan's next write to it, since finishing an update gives the function a new RevisionId.
    /// </summary>
    public string? LatestRevisionId { get; set; }

    /// <summary>The version a <see cref="PublishVersion"/> step of this plan published.</summary>
    public string? PublishedVersion { get; set; }

    /// <summary>Each alias's RevisionId after this plan's last move of it: what a later move of the same alias is guarded by.</summary>
    public Dictionary<string, string> AliasRevisions { get; } = new(StringComparer.Ordinal);
}
