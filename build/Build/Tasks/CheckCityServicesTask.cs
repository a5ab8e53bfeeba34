using Build.CityServices;
using Cake.Common.Diagnostics;
using Cake.Frosting;
using SkillRelease.GitHub;

namespace Build.Tasks;

[TaskName("check-city-services")]
[TaskDescription("Calls each city service the skill uses once (the real ones, or what BOSTON_* names) about a known Boston address and prints a ✓/✗ table per feature; fails when any feature fails. --github-issue keeps one GitHub issue in step.")]
public sealed class CheckCityServicesTask : AsyncFrostingTask<BuildContext>
{
    /// <summary>More patient than the skill's 3 seconds: the question here is "does it answer", not "fast enough for Alexa".</summary>
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(20);

    public override async Task RunAsync(BuildContext context)
    {
        var settings = context.CityServices;
        var github = settings.ReportIssue ? settings.GitHub() : null;
        using var http = new SocketsHttpHandler();
        var report = await new CityServiceChecker(settings.Endpoints, http, CallTimeout).RunAsync(CityFeatureChecks.All, context.CancellationToken);
        foreach (var line in report.ToText().TrimEnd().Split('\n'))
        {
            context.Information("{0}", line);
        }

        if (settings.StepSummary is { } summary)
        {
            await File.AppendAllTextAsync(summary, $"## City services\n\n{report.ToMarkdown()}\n{report.Summary}\n", context.CancellationToken);
        }

        if (github is not null)
        {
            var issue = new CityServicesIssue(new GitHubTrackingIssue(github, CityServicesIssue.Label));
            var change = await issue.SyncAsync(report, DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime), settings.RunUrl, context.CancellationToken);
            context.Information("{0}", change);
        }

        if (!report.AllPassed)
        {
            throw new InvalidOperationException(report.Summary);
        }

        context.Information("{0}", report.Summary);
    }
}
