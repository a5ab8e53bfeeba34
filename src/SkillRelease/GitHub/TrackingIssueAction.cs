namespace SkillRelease.GitHub;

public enum TrackingIssueAction
{
    None,
    Opened,
    Updated,
    Closed,
}
