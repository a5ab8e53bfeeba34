namespace Build.Tests.Workflows;

/// <summary>What starts each workflow, and which build target and switches it runs.</summary>
public sealed class TriggerTests
{
    private static readonly string[] DeployingWorkflows = ["beta.yml", "certification.yml", "promote.yml", "release.yml", "rollback.yml"];

    [Test]
    public void DeployingWorkflows_AreExactlyThoseThatRunAReleaseTask()
    {
        Assert.That(GitHubFile.WorkflowNames.Where(name => GitHubFile.Workflow(name).ReleaseTaskCalls.Any()), Is.EquivalentTo(DeployingWorkflows));
    }

    [Test]
    public void Ci_TestsPullRequestsAndMainOnceEachAndKeepsThePackageItTested()
    {
        var ci = GitHubFile.Workflow("ci.yml");
        var package = ci.Steps.Single(step => step.Text("with", "name") == "lambda-package");

        Assert.Multiple(() =>
        {
            Assert.That(ci.Triggers, Is.EquivalentTo(new[] { "pull_request", "push", "workflow_call" }));
            Assert.That(ci.Root.Node("on", "push").Entries().Select(entry => entry.Key), Is.EqualTo(new[] { "branches" }), "no push of a tag or a pull request's branch");
            Assert.That(ci.Root.Node("on", "push", "branches").Scalars().Select(branch => branch.Value), Is.EqualTo(new[] { "main" }));
            Assert.That(ci.Steps.Select(step => step.Text("run")), Has.Member("./build.sh --target test"));
            Assert.That(ci.Steps.Select(step => step.Text("with", "path")), Has.Member("artifacts/test-results/*.trx"));
            Assert.That(ci.Steps.Select(step => step.Text("run") ?? ""), Has.Some.Contains(">> \"$GITHUB_STEP_SUMMARY\""));
            Assert.That(package.Text("with", "path"), Is.EqualTo("artifacts/boston-info-skill.zip"));
            Assert.That(package.Text("with", "if-no-files-found"), Is.EqualTo("error"));
            Assert.That(package.Text("if"), Is.EqualTo("github.event_name != 'pull_request'"), "a release needs the package of a pushed commit");
        });
    }

    [TestCase("beta.yml", "branches", "beta", "deploy-latest")]
    [TestCase("release.yml", "tags", "v*", "cut-release")]
    public void Push_OfItsBranchOrTagOnly_RunsTheTarget(string workflow, string filter, string pattern, string target)
    {
        var file = GitHubFile.Workflow(workflow);

        Assert.Multiple(() =>
        {
            Assert.That(file.Triggers, Is.EqualTo(new[] { "push" }));
            Assert.That(file.Root.Node("on", "push").Entries().Select(entry => entry.Key), Is.EqualTo(new[] { filter }));
            Assert.That(file.Root.Node("on", "push", filter).Scalars().Select(value => value.Value), Is.EqualTo(new[] { pattern }));
            Assert.That(file.ReleaseTaskCalls.Single().Text("with", "target"), Is.EqualTo(target));
        });
    }

    [Test]
    public void Certification_PollsEveryThirtyMinutesOffTheHourAndOnDemandWithPublish()
    {
        var file = GitHubFile.Workflow("certification.yml");
        var cron = file.Root.Node("on", "schedule").Scalars().Single().Value;
        var minutes = cron.Split(' ')[0].Split(',').Select(int.Parse).ToList();
        var call = file.ReleaseTaskCalls.Single();

        Assert.Multiple(() =>
        {
            Assert.That(file.Triggers, Is.EquivalentTo(new[] { "schedule", "workflow_dispatch" }));
            Assert.That(cron.Split(' ')[1..], Is.EqualTo(new[] { "*", "*", "*", "*" }), "every hour of every day");
            Assert.That(minutes, Has.Count.EqualTo(2).And.None.EqualTo(0), "twice an hour, never on the hour");
            Assert.That(minutes[1] - minutes[0], Is.EqualTo(30));
            Assert.That(file.Root.Text("on", "workflow_dispatch", "inputs", "publish", "type"), Is.EqualTo("boolean"));
            Assert.That(call.Text("with", "target"), Is.EqualTo("await-certification"));
            Assert.That(call.Text("with", "arguments"), Is.EqualTo("${{ inputs.publish && '--publish' || '' }}"));
        });
    }

    [TestCase("promote.yml")]
    [TestCase("rollback.yml")]
    public void ProductionChange_RunsOnlyByHandBehindTheProductionEnvironment(string workflow)
    {
        var file = GitHubFile.Workflow(workflow);
        var call = file.ReleaseTaskCalls.Single();

        Assert.Multiple(() =>
        {
            Assert.That(file.Triggers, Is.EqualTo(new[] { "workflow_dispatch" }));
            Assert.That(call.Text("with", "environment"), Is.EqualTo("production"));
            Assert.That(call.Text("with", "target"), Is.EqualTo(Path.GetFileNameWithoutExtension(workflow)));
        });
    }

    [Test]
    public void Promote_TakesTheCanaryAsNumbersAndPassesItOnlyWhenThePercentIsNotZero()
    {
        var file = GitHubFile.Workflow("promote.yml");
        var inputs = file.Root.Node("on", "workflow_dispatch", "inputs");

        Assert.Multiple(() =>
        {
            Assert.That(file.DispatchInputs, Is.EquivalentTo(new[] { "canary_percent", "canary_minutes" }));
            Assert.That(inputs.Text("canary_percent", "type"), Is.EqualTo("number"));
            Assert.That(inputs.Text("canary_minutes", "type"), Is.EqualTo("number"));
            Assert.That(file.ReleaseTaskCalls.Single().Text("with", "arguments"), Is.EqualTo(
                "${{ inputs.canary_percent > 0 && format('--canary-percent {0} --canary-minutes {1}', inputs.canary_percent, inputs.canary_minutes) || '' }}"));
        });
    }
}
