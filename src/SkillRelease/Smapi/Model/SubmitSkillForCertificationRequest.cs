namespace SkillRelease.Smapi.Model;

public sealed record SubmitSkillForCertificationRequest
{
    /// <summary>AUTO_PUBLISHING (SMAPI's default) or MANUAL_PUBLISHING.</summary>
    public string PublicationMethod { get; init; } = PublicationMethods.Auto;

    /// <summary>At most 300 characters; the pipeline sends the release tag.</summary>
    public string? VersionMessage { get; init; }
}

public static class PublicationMethods
{
    public const string Auto = "AUTO_PUBLISHING";
    public const string Manual = "MANUAL_PUBLISHING";
}
