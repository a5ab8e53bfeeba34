namespace SkillRelease.Smapi.Model;

/// <summary>ask-smapi-model <c>v1.skill.VersionSubmission</c>: one submission of a skill version and where it stands.</summary>
public sealed record VersionSubmission
{
    public string? Status { get; init; }
    public DateTimeOffset? SubmissionTime { get; init; }
}
