namespace SkillRelease.GitHub;

/// <summary>The ledger when there is no GitHub token: records nothing (whoever builds it says so once).</summary>
public sealed class DisabledReleaseLedger : IReleaseLedger
{
    public const string Notice = "GITHUB_TOKEN is not set: the GitHub ledger is skipped";

    public bool IsEnabled => false;

    public Task RecordDeploymentAsync(DeploymentRecord record, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task PublishReleaseNoteAsync(string tag, string title, string body, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<string?> OpenOrUpdateIssueAsync(string title, string body, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
