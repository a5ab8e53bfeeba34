namespace SkillRelease.Smapi.Model;

/// <summary>GET /certifications/{id}.</summary>
public sealed record CertificationReview
{
    public string Id { get; init; } = "";
    public string Status { get; init; } = "";
    public DateTimeOffset? SkillSubmissionTimestamp { get; init; }
    public DateTimeOffset? ActualCompletionTimestamp { get; init; }

    /// <summary>
    /// The reviewer's feedback when the review returns one. SMAPI's published model has no such field (feedback
    /// normally arrives by email); the client reads <c>result.reviewFeedback</c> when present, as the simulator
    /// sends it, and the pipeline says "see the certification email" otherwise.
    /// </summary>
    public string? ReviewFeedback { get; init; }
}
