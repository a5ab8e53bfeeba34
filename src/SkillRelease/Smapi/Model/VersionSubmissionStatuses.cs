namespace SkillRelease.Smapi.Model;

/// <summary>ask-smapi-model <c>v1.skill.VersionSubmissionStatus</c> (the values the pipeline reads; others stay text).</summary>
public static class VersionSubmissionStatuses
{
    public const string Live = "LIVE";
    public const string Certified = "CERTIFIED";
    public const string InReview = "IN_REVIEW";
    public const string FailedCertification = "FAILED_CERTIFICATION";
    public const string Withdrawn = "WITHDRAWN_FROM_CERTIFICATION";
}
