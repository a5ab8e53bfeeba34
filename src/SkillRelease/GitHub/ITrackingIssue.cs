namespace SkillRelease.GitHub;

/// <summary>
/// One GitHub issue that follows a condition (a city service broken, say): opened when it starts, kept up to date
/// while it lasts, closed when it ends, and never a second one beside it.
/// </summary>
public interface ITrackingIssue
{
    /// <summary>Opens the issue, or updates the open one with the latest <paramref name="body"/>.</summary>
    Task<TrackingIssueChange> ReportBrokenAsync(string title, string body, CancellationToken cancellationToken = default);

    /// <summary>Closes the open issue, after adding <paramref name="note"/> to its body; nothing when none is open.</summary>
    Task<TrackingIssueChange> ReportFixedAsync(string note, CancellationToken cancellationToken = default);
}
