using SkillRelease.GitHub;

namespace SkillRelease.Release.Steps;

/// <summary>
/// Writes to the GitHub ledger. The ledger records; it never decides. A failure here is a warning, not a failed
/// release, because the remote skill is already right.
/// </summary>
public sealed record RecordOnGitHub(string What, Func<IReleaseLedger, CancellationToken, Task> Write) : Step
{
    public override string Description => $"record on GitHub: {What}";

    public override bool WritesToSkill => false;

    public static RecordOnGitHub Deployment(DeploymentRecord record) =>
        new($"deployment of {record.GitRef} to {record.Environment}: {record.State}", (ledger, ct) => ledger.RecordDeploymentAsync(record, ct));

    public static RecordOnGitHub ReleaseNote(string tag, string title, string body) =>
        new($"release note for {tag}", (ledger, ct) => ledger.PublishReleaseNoteAsync(tag, title, body, ct));

    public static RecordOnGitHub Issue(string title, string body) =>
        new($"issue \"{title}\"", async (ledger, ct) => await ledger.OpenOrUpdateIssueAsync(title, body, ct).ConfigureAwait(false));

    public override async Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        if (!context.Services.Ledger.IsEnabled)
        {
            return;
        }

        try
        {
            await Write(context.Services.Ledger, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.Logger.LogWarningLine($"  could not record on GitHub ({What}): {exception.Message}");
        }
    }
}
