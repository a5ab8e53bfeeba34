using SkillRelease.GitHub;

namespace Build.CityServices;

/// <summary>
/// Keeps the one GitHub issue about broken city features in step with a report: opened or updated while any
/// feature fails, closed once all answer again.
/// </summary>
public sealed class CityServicesIssue(ITrackingIssue issue)
{
    /// <summary>The label that marks the issue the scheduled check owns.</summary>
    public const string Label = "city-service-broken";

    /// <param name="runUrl">The workflow run that found it, linked from the issue; null outside GitHub Actions.</param>
    public Task<TrackingIssueChange> SyncAsync(CityServiceReport report, DateOnly day, Uri? runUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var run = runUrl is null ? "" : $" ([run]({runUrl}))";
        return report.AllPassed
            ? issue.ReportFixedAsync($"Every feature answered again on {day:yyyy-MM-dd}{run}.", cancellationToken)
            : issue.ReportBrokenAsync(report.IssueTitle,
                $"The daily check of the city services found features that would fail for people asking Boston Info, " +
                $"as of {day:yyyy-MM-dd}{run}:\n\n{report.ToMarkdown()}\n" +
                "Each request and where it was confirmed is in docs/city-data.md. This issue closes itself when every feature answers again.",
                cancellationToken);
    }
}
