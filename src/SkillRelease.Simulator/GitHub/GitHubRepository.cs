using SkillRelease.GitHub;

namespace SkillRelease.Simulator.GitHub;

/// <summary>The one repository's deployments, releases and issues, with GitHub-like ids (guarded by <see cref="GitHubService"/>).</summary>
public sealed class GitHubRepository
{
    private readonly List<SimulatedDeployment> _deployments = [];
    private readonly List<SimulatedRelease> _releases = [];
    private readonly List<SimulatedIssue> _issues = [];
    private long _nextId = 1000;

    public IReadOnlyList<SimulatedDeployment> Deployments => _deployments;

    public IReadOnlyList<SimulatedRelease> Releases => _releases;

    public IReadOnlyList<SimulatedIssue> Issues => _issues;

    internal SimulatedDeployment AddDeployment(string gitRef, string environment, string? description, DateTimeOffset now)
    {
        var deployment = new SimulatedDeployment(++_nextId, gitRef, environment, description, now);
        _deployments.Add(deployment);
        return deployment;
    }

    internal SimulatedDeploymentStatus AddStatus(SimulatedDeployment deployment, string state, string? description, DateTimeOffset now)
    {
        var status = new SimulatedDeploymentStatus(++_nextId, state, description, now);
        deployment.StatusList.Add(status);
        return status;
    }

    internal SimulatedRelease AddRelease(string tag, string? name, string? body, DateTimeOffset now)
    {
        var release = new SimulatedRelease(++_nextId, tag, name, body, now);
        _releases.Add(release);
        return release;
    }

    internal SimulatedRelease ReplaceRelease(SimulatedRelease release)
    {
        _releases[_releases.FindIndex(r => r.Id == release.Id)] = release;
        return release;
    }

    internal SimulatedIssue AddIssue(string title, string? body, IReadOnlyList<string> labels, DateTimeOffset now)
    {
        var issue = new SimulatedIssue(++_nextId, _issues.Count + 1, title, body, GitHubWire.OpenIssue, labels, now, now);
        _issues.Add(issue);
        return issue;
    }

    internal SimulatedIssue ReplaceIssue(SimulatedIssue issue)
    {
        _issues[issue.Number - 1] = issue;
        return issue;
    }
}
