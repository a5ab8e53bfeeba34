namespace SkillRelease.Smapi.Model;

/// <summary>One stage's summary from GET /v1/skills?vendorId&amp;skillId.</summary>
public sealed record SkillSummary
{
    public string SkillId { get; init; } = "";
    public string Stage { get; init; } = "";
    /// <summary>DEVELOPMENT, CERTIFICATION, CERTIFIED, PUBLISHED, HIDDEN or REMOVED.</summary>
    public string PublicationStatus { get; init; } = "";
    public DateTimeOffset? LastUpdated { get; init; }
}
