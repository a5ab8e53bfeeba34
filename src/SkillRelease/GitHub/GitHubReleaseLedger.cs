using System.Collections.ObjectModel;
using Octokit;
using SkillRelease.Http;

namespace SkillRelease.GitHub;

/// <summary>
/// <see cref="IReleaseLedger"/> on GitHub through Octokit. Every method finds before it writes, so running it again
/// adds nothing: one deployment per environment and ref, one status per state change, one release per tag, one
/// issue per title (found by the <see cref="IssueLabel"/> the ledger puts on its issues, open or closed).
/// </summary>
public sealed class GitHubReleaseLedger : IReleaseLedger
{
    /// <summary>Marks the issues the pipeline opens, so it finds its own and never a person's.</summary>
    public const string IssueLabel = "certification-failed";

    private readonly GitHubClient _client;
    private readonly ApiConnection _api;
    private readonly string _owner;
    private readonly string _name;

    public GitHubReleaseLedger(GitHubLedgerOptions options)
    {
        var repository = new GitHubRepositoryConnection(options);
        (_client, _api, _owner, _name) = (repository.Client, repository.Api, repository.Owner, repository.Name);
    }

    public bool IsEnabled => true;

    public Task RecordDeploymentAsync(DeploymentRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return ConvergeAsync(() => WriteDeploymentAsync(record), cancellationToken);
    }

    private async Task WriteDeploymentAsync(DeploymentRecord record)
    {
        var state = State(record.State);
        var filter = new Dictionary<string, string> { ["environment"] = record.Environment, ["ref"] = record.GitRef };
        var existing = await _api.GetAll<Deployment>(ApiUrls.Deployments(_owner, _name), filter).ConfigureAwait(false);
        var deployment = existing.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).FirstOrDefault()
            ?? await _client.Repository.Deployment.Create(_owner, _name, new NewDeployment(record.GitRef)
            {
                Environment = record.Environment,
                Description = record.Description,
                // The pipeline records what happened; GitHub must not merge branches or wait for checks.
                AutoMerge = false,
                RequiredContexts = new Collection<string>(),
                ProductionEnvironment = record.Environment == DeploymentEnvironments.Live,
            }).ConfigureAwait(false);

        var statuses = await _client.Repository.Deployment.Status.GetAll(_owner, _name, deployment.Id).ConfigureAwait(false);
        var latest = statuses.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).FirstOrDefault();
        if (latest is null || latest.State.Value != state)
        {
            await _client.Repository.Deployment.Status.Create(_owner, _name, deployment.Id, new NewDeploymentStatus(state) { Description = record.Description })
                .ConfigureAwait(false);
        }
    }

    public Task PublishReleaseNoteAsync(string tag, string title, string body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(body);
        return ConvergeAsync(() => WriteReleaseNoteAsync(tag, title, body), cancellationToken);
    }

    private async Task WriteReleaseNoteAsync(string tag, string title, string body)
    {
        Octokit.Release existing;
        try
        {
            existing = await _client.Repository.Release.Get(_owner, _name, tag).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            await _client.Repository.Release.Create(_owner, _name, new NewRelease(tag) { Name = title, Body = body }).ConfigureAwait(false);
            return;
        }

        if (existing.Name != title || existing.Body != body)
        {
            await _client.Repository.Release.Edit(_owner, _name, existing.Id, new ReleaseUpdate { Name = title, Body = body }).ConfigureAwait(false);
        }
    }

    public async Task<string?> OpenOrUpdateIssueAsync(string title, string body, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(body);
        string? url = null;
        await ConvergeAsync(async () => url = await WriteIssueAsync(title, body).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return url;
    }

    /// <summary>
    /// GitHub's creates (deployments, statuses, releases, issues) are not idempotent, so the transport sends them
    /// once (<see cref="WritesSentOnce"/>); a write whose answer was lost, throttled or failed is instead repeated as a
    /// whole, find first: if the lost write landed, the find sees it and nothing is created twice.
    /// </summary>
    private static async Task ConvergeAsync(Func<Task> findThenWrite, CancellationToken cancellationToken)
    {
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await findThenWrite().ConfigureAwait(false);
                return;
            }
            catch (Exception exception) when (attempt < attempts && IsTransient(exception))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsTransient(Exception exception) => exception switch
    {
        ApiException api => RetryRules.IsTransient(api.StatusCode) || api is RateLimitExceededException or SecondaryRateLimitExceededException,
        _ => exception is TimeoutException or HttpRequestException or TaskCanceledException,
    };

    private async Task<string?> WriteIssueAsync(string title, string body)
    {
        var request = new RepositoryIssueRequest { State = ItemStateFilter.All };
        request.Labels.Add(IssueLabel);
        var issues = await _client.Issue.GetAllForRepository(_owner, _name, request).ConfigureAwait(false);
        var existing = issues.Where(i => i.Title == title && i.PullRequest is null).OrderBy(i => i.Number).FirstOrDefault();
        if (existing is null)
        {
            var issue = new NewIssue(title) { Body = body };
            issue.Labels.Add(IssueLabel);
            return (await _client.Issue.Create(_owner, _name, issue).ConfigureAwait(false)).HtmlUrl;
        }

        var update = new IssueUpdate { Body = body, State = ItemState.Open };
        return (await _client.Issue.Update(_owner, _name, existing.Number, update).ConfigureAwait(false)).HtmlUrl;
    }

    private static DeploymentState State(string state) => state switch
    {
        DeploymentStates.InProgress => DeploymentState.InProgress,
        DeploymentStates.Success => DeploymentState.Success,
        DeploymentStates.Failure => DeploymentState.Failure,
        DeploymentStates.Inactive => DeploymentState.Inactive,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a deployment state the ledger records."),
    };
}
