using SkillRelease.Smapi.Model;

namespace SkillRelease.Simulator.Smapi;

/// <summary>One rollback request: IN_PROGRESS until <see cref="CompletesAt"/>, then SUCCEEDED.</summary>
internal sealed class SimulatedRollback(string id, int targetVersion, DateTimeOffset submittedAt, DateTimeOffset completesAt)
{
    public string Id => id;

    public int TargetVersion => targetVersion;

    public DateTimeOffset SubmittedAt => submittedAt;

    public DateTimeOffset CompletesAt => completesAt;

    public string Status { get; set; } = RollbackStatuses.InProgress;
}
