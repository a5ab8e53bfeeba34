namespace SkillRelease.Smapi.Model;

/// <summary>One item of GET /certifications.</summary>
public sealed record CertificationSummary
{
    public string Id { get; init; } = "";
    /// <summary>IN_PROGRESS, SUCCEEDED, FAILED or CANCELLED.</summary>
    public string Status { get; init; } = "";
    public DateTimeOffset? SkillSubmissionTimestamp { get; init; }
}
