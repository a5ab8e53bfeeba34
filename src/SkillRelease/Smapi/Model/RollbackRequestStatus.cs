namespace SkillRelease.Smapi.Model;

/// <summary>
/// GET /v1/skills/{skillId}/rollbacks/{id|~latest} (ask-smapi-model <c>v1.skill.RollbackRequestStatus</c>). The status
/// is one of <see cref="RollbackStatuses"/>, kept as text so a value SMAPI adds later still reads.
/// </summary>
public sealed record RollbackRequestStatus
{
    public string Id { get; init; } = "";
    public string? TargetVersion { get; init; }
    public DateTimeOffset? SubmissionTime { get; init; }
    public string Status { get; init; } = "";

    /// <summary>The <c>errors[].message</c> SMAPI gives for a FAILED or INELIGIBLE rollback.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    public bool InProgress => Status == RollbackStatuses.InProgress;
}
