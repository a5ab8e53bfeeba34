using SkillRelease.GitHub;
using SkillRelease.Release.Planning;
using SkillRelease.Release.Steps;

namespace SkillRelease.Tests.Release.Support;

/// <summary>
/// A ledger that keeps what a plan's records would write, so a planner test can read what GitHub would show (the
/// deployment's description, the issue's body) rather than only the record's one-line summary.
/// </summary>
internal sealed class RecordingLedger : IReleaseLedger
{
    public List<DeploymentRecord> Deployments { get; } = [];

    public List<(string Tag, string Title, string Body)> ReleaseNotes { get; } = [];

    public List<(string Title, string Body)> Issues { get; } = [];

    public bool IsEnabled => true;

    /// <summary>Writes every record of <paramref name="plan"/> to a new ledger and returns it.</summary>
    public static RecordingLedger Of(Plan plan)
    {
        var ledger = new RecordingLedger();
        foreach (var record in plan.Records)
        {
            // The writes only add to lists: they finish synchronously.
            record.Write(ledger, CancellationToken.None).GetAwaiter().GetResult();
        }

        return ledger;
    }

    public Task RecordDeploymentAsync(DeploymentRecord record, CancellationToken cancellationToken)
    {
        Deployments.Add(record);
        return Task.CompletedTask;
    }

    public Task PublishReleaseNoteAsync(string tag, string title, string body, CancellationToken cancellationToken)
    {
        ReleaseNotes.Add((tag, title, body));
        return Task.CompletedTask;
    }

    public Task<string?> OpenOrUpdateIssueAsync(string title, string body, CancellationToken cancellationToken)
    {
        Issues.Add((title, body));
        return Task.FromResult<string?>(null);
    }
}
