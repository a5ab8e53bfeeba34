namespace SkillRelease.Smapi.Model;

/// <summary>
/// One entry of GET /v1/skills/{skillId}/versions (ask-smapi-model <c>v1.skill.SkillVersion</c>): the version
/// number, the <c>versionMessage</c> it was submitted with (the pipeline sends the release tag) and its submissions.
/// </summary>
public sealed record SkillVersion
{
    public string Version { get; init; } = "";
    public string? Message { get; init; }
    public DateTimeOffset? CreationTime { get; init; }
    public IReadOnlyList<VersionSubmission> Submissions { get; init; } = [];

    /// <summary>The status of the newest submission (<see cref="VersionSubmissionStatuses"/>), or null without one.</summary>
    public string? Status => Submissions.OrderByDescending(s => s.SubmissionTime ?? DateTimeOffset.MinValue).FirstOrDefault()?.Status;

    /// <summary>The version number as a number, for ordering ("10" after "9"); -1 when SMAPI sends something else.</summary>
    public long Number => long.TryParse(Version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : -1;
}
