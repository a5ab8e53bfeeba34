using Octokit;

namespace SkillRelease.GitHub;

/// <summary>
/// <see cref="ITrackingIssue"/> on GitHub: the issue is the open one carrying <see cref="Label"/>, so a closed one
/// stays closed as history and the next breakage opens a new one; a person's issue without the label is never touched.
/// </summary>
/// <remarks>https://docs.github.com/en/rest/issues/issues (list with labels and state, create, update)</remarks>
public sealed class GitHubTrackingIssue : ITrackingIssue
{
    private readonly GitHubRepositoryConnection _repository;

    public GitHubTrackingIssue(GitHubLedgerOptions options, string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        _repository = new GitHubRepositoryConnection(options);
        Label = label;
    }

    public string Label { get; }

    public async Task<TrackingIssueChange> ReportBrokenAsync(string title, string body, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(body);
        if (await FindOpenAsync().ConfigureAwait(false) is not { } open)
        {
            var issue = new NewIssue(title) { Body = body };
            issue.Labels.Add(Label);
            var created = await _repository.Client.Issue.Create(_repository.Owner, _repository.Name, issue).ConfigureAwait(false);
            return new TrackingIssueChange(TrackingIssueAction.Opened, created.HtmlUrl);
        }

        if (open.Title == title && open.Body == body)
        {
            return new TrackingIssueChange(TrackingIssueAction.None, open.HtmlUrl);
        }

        var updated = await _repository.Client.Issue.Update(_repository.Owner, _repository.Name, open.Number, new IssueUpdate { Title = title, Body = body })
            .ConfigureAwait(false);
        return new TrackingIssueChange(TrackingIssueAction.Updated, updated.HtmlUrl);
    }

    public async Task<TrackingIssueChange> ReportFixedAsync(string note, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        if (await FindOpenAsync().ConfigureAwait(false) is not { } open)
        {
            return TrackingIssueChange.Nothing;
        }

        var update = new IssueUpdate { Body = $"{open.Body}\n\n{note}", State = ItemState.Closed };
        var closed = await _repository.Client.Issue.Update(_repository.Owner, _repository.Name, open.Number, update).ConfigureAwait(false);
        return new TrackingIssueChange(TrackingIssueAction.Closed, closed.HtmlUrl);
    }

    private async Task<Issue?> FindOpenAsync()
    {
        var request = new RepositoryIssueRequest { State = ItemStateFilter.Open };
        request.Labels.Add(Label);
        var issues = await _repository.Client.Issue.GetAllForRepository(_repository.Owner, _repository.Name, request).ConfigureAwait(false);
        return issues.Where(issue => issue.PullRequest is null).OrderBy(issue => issue.Number).FirstOrDefault();
    }
}
