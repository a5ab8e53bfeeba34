namespace SkillRelease.GitHub;

/// <summary>What a <see cref="ITrackingIssue"/> call did, and to which issue (null when it did nothing).</summary>
public sealed record TrackingIssueChange(TrackingIssueAction Action, string? Url)
{
    public static TrackingIssueChange Nothing { get; } = new(TrackingIssueAction.None, null);

    public override string ToString() => Url is null ? "No issue was open." : $"Issue {Action.ToString().ToLowerInvariant()}: {Url}";
}
