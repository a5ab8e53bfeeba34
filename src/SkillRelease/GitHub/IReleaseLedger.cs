namespace SkillRelease.GitHub;

/// <summary>
/// The record of what the pipeline did, kept on GitHub: deployments with statuses, release notes, an issue when
/// certification fails. Every method is idempotent (find, then create or update). The pipeline never reads a fact
/// it needs from here: the remote skill is the truth.
/// </summary>
public interface IReleaseLedger
{
    /// <summary>Whether the ledger is writing (false without a GitHub token).</summary>
    bool IsEnabled { get; }

    /// <summary>Creates the deployment of <paramref name="gitRef"/> to <paramref name="environment"/> if there is none,
    /// then adds a status (<c>in_progress</c>, <c>success</c>, <c>failure</c>, <c>inactive</c>) unless it already has
    /// that state. https://docs.github.com/rest/deployments/deployments</summary>
    Task RecordDeploymentAsync(DeploymentRecord record, CancellationToken cancellationToken);

    /// <summary>Creates or updates the release for <paramref name="tag"/>. https://docs.github.com/rest/releases/releases</summary>
    Task PublishReleaseNoteAsync(string tag, string title, string body, CancellationToken cancellationToken);

    /// <summary>Opens the issue titled <paramref name="title"/>, or updates its body (and reopens it) when one with that
    /// title exists: never a duplicate. Returns the issue's URL. https://docs.github.com/rest/issues/issues</summary>
    Task<string?> OpenOrUpdateIssueAsync(string title, string body, CancellationToken cancellationToken);
}
