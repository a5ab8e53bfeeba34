using SkillRelease.GitHub;

namespace SkillRelease.Tests.GitHub;

/// <summary>Pins the GitHub wire words the ledger, the engine and the simulator share to GitHub's REST documentation.</summary>
public sealed class GitHubWireTests
{
    [Test]
    public void Constants_AreGitHubsWireValues()
    {
        Assert.Multiple(() =>
        {
            // git's fully qualified refs, as GITHUB_REF carries them.
            Assert.That((GitHubWire.BranchRefPrefix, GitHubWire.TagRefPrefix), Is.EqualTo(("refs/heads/", "refs/tags/")));
            // https://docs.github.com/en/rest/issues/issues: state is open or closed.
            Assert.That((GitHubWire.OpenIssue, GitHubWire.ClosedIssue), Is.EqualTo(("open", "closed")));
            // https://docs.github.com/en/rest/deployments/statuses: a deployment status's state.
            Assert.That(
                new[] { DeploymentStates.Error, DeploymentStates.Failure, DeploymentStates.Inactive, DeploymentStates.InProgress, DeploymentStates.Queued, DeploymentStates.Pending, DeploymentStates.Success },
                Is.EqualTo(new[] { "error", "failure", "inactive", "in_progress", "queued", "pending", "success" }));
        });
    }
}
