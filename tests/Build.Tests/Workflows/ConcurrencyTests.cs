namespace Build.Tests.Workflows;

/// <summary>
/// No push, tag or dispatch is ever dropped, and a run waiting for approval holds nothing else up. GitHub keeps one
/// running and one pending run per concurrency group and cancels an older pending one when a newer arrives
/// (docs.github.com, "Control the concurrency of workflows and jobs"), so a group is only safe where every run in it
/// could stand in for any other.
/// </summary>
public sealed class ConcurrencyTests
{
    private static IEnumerable<string> Workflows => GitHubFile.WorkflowNames;

    [Test]
    public void NoConcurrencyGroup_IsSharedBetweenWorkflows()
    {
        var groups = GitHubFile.WorkflowNames
            .SelectMany(name => GitHubFile.Workflow(name).Concurrencies.Select(entry => (Workflow: name, Group: entry.Concurrency.Text("group") ?? entry.Concurrency.ToString())))
            .ToList();

        Assert.That(groups.GroupBy(entry => entry.Group.ToLowerInvariant()).Where(group => group.Select(entry => entry.Workflow).Distinct().Count() > 1).Select(group => group.Key),
            Is.Empty, "a run of one workflow would replace a waiting run of another");
    }

    [TestCaseSource(nameof(Workflows))]
    public void NoRunThatHasStarted_IsCancelledByANewerOne_ExceptAPullRequestsTests(string workflow)
    {
        var cancelling = GitHubFile.Workflow(workflow).Concurrencies
            .Where(entry => entry.Concurrency.Text("cancel-in-progress") is not (null or "false"))
            .Select(entry => $"{entry.Where}: {entry.Concurrency.Text("cancel-in-progress")}");

        Assert.That(cancelling, workflow == "ci.yml"
            ? Is.EqualTo(new[] { "workflow: ${{ github.event_name == 'pull_request' }}" })
            : Is.Empty);
    }

    [Test]
    public void Ci_ReplacesOnlyAPullRequestsOlderRun_AndKeepsEveryPushedCommitsRun()
    {
        Assert.That(GitHubFile.Workflow("ci.yml").Root.Text("concurrency", "group"),
            Is.EqualTo("ci-${{ github.event_name == 'pull_request' && github.ref || github.sha }}"));
    }

    [TestCase("release.yml")]
    [TestCase("promote.yml")]
    [TestCase("rollback.yml")]
    public void TagsAndProductionChanges_NeverWaitInAGroup(string workflow)
    {
        // A tag replaced while it waits is a release that never happens; a promote or rollback in a group would
        // hold the group while its reviewer is away.
        Assert.That(GitHubFile.Workflow(workflow).Concurrencies.Select(entry => entry.Where), Is.Empty);
    }

    [Test]
    public void Certification_GroupsOnlyScheduledPolls_ARunStartedByHandHasAGroupOfItsOwn()
    {
        var file = GitHubFile.Workflow("certification.yml");

        Assert.Multiple(() =>
        {
            Assert.That(file.Root.Text("concurrency", "group"),
                Is.EqualTo("${{ github.event_name == 'schedule' && 'certification-poll' || format('certification-{0}', github.run_id) }}"));
            Assert.That(file.Jobs.Values.Select(job => job.Node("concurrency")), Has.All.Null);
        });
    }

    [Test]
    public void Beta_DeploysOneAtATime_OnlyAfterItsTestsPassed_AndWithoutHoldingUpItsTests()
    {
        var beta = GitHubFile.Workflow("beta.yml");
        var deploy = beta.Jobs["deploy-latest"];

        Assert.Multiple(() =>
        {
            Assert.That(deploy.Text("needs"), Is.EqualTo("ci"), "a newer push only replaces a waiting one once its own tests passed");
            Assert.That(beta.Jobs["ci"].Text("uses"), Is.EqualTo("./.github/workflows/ci.yml"));
            Assert.That(deploy.Text("concurrency", "group"), Is.EqualTo("beta-deploy-latest"));
            Assert.That(beta.Root.Node("concurrency"), Is.Null, "the tests of every push run at once");
        });
    }

    [TestCaseSource(nameof(Workflows))]
    public void EveryJobOnARunner_HasATimeout(string workflow)
    {
        // A job that calls another workflow may not set one (GitHub refuses it); the called workflow's jobs do.
        var jobs = GitHubFile.Workflow(workflow).Jobs.Where(job => job.Value.Node("runs-on") is not null);

        Assert.That(jobs.Where(job => job.Value.Node("timeout-minutes") is null).Select(job => job.Key), Is.Empty);
    }

    [Test]
    public void ReleaseTask_TimesOutAfterHalfAnHour_UnlessTheCallerGivesACanaryLonger()
    {
        var releaseTask = GitHubFile.Workflow("release-task.yml");

        Assert.Multiple(() =>
        {
            Assert.That(releaseTask.Jobs["task"].Text("timeout-minutes"), Is.EqualTo("${{ inputs.timeout-minutes }}"));
            Assert.That(releaseTask.Root.Text("on", "workflow_call", "inputs", "timeout-minutes", "default"), Is.EqualTo("30"));
            Assert.That(GitHubFile.Workflow("promote.yml").ReleaseTaskCalls.Single().Text("with", "timeout-minutes"), Is.EqualTo("360"), "a hosted runner's limit");
        });
    }
}
