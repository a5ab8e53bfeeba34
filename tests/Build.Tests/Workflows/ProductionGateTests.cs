using YamlDotNet.RepresentationModel;

namespace Build.Tests.Workflows;

/// <summary>
/// The gate between code and the published skill is GitHub's and AWS's, not a convention: each deploying job runs in
/// an environment (which refs may use it, which secrets and AWS role it gets), production takes no ref to run, and
/// only a commit of main that CI passed is released or promoted.
/// </summary>
public sealed class ProductionGateTests
{
    private static readonly GitHubFile ReleaseTask = GitHubFile.Workflow("release-task.yml");

    [TestCase("beta.yml", "beta")]
    [TestCase("release.yml", "release")]
    [TestCase("certification.yml", "${{ inputs.publish && 'production' || 'certification' }}")]
    [TestCase("promote.yml", "production")]
    [TestCase("rollback.yml", "production")]
    public void ReleaseTask_RunsInTheEnvironmentOfItsWorkflow(string workflow, string environment)
    {
        Assert.That(GitHubFile.Workflow(workflow).ReleaseTaskCalls.Single().Text("with", "environment"), Is.EqualTo(environment));
    }

    [Test]
    public void ReleaseTask_CannotRunOutsideAnEnvironment()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ReleaseTask.Root.Text("on", "workflow_call", "inputs", "environment", "required"), Is.EqualTo("true"));
            Assert.That(ReleaseTask.Jobs["task"].Text("environment"), Is.EqualTo("${{ inputs.environment }}"));
        });
    }

    [Test]
    public void NoDeployingWorkflow_LetsAPersonChooseWhichCodeRuns()
    {
        // A ref input would run any commit, from any branch, with the environment's credentials.
        var checkouts = ReleaseTask.Steps.Where(step => step.Text("uses")?.StartsWith("actions/checkout@") == true).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(ReleaseTask.Root.Node("on", "workflow_call", "inputs").Entries().Select(entry => entry.Key), Has.None.Matches("ref|sha|commit|branch"));
            Assert.That(checkouts, Has.Count.EqualTo(1));
            Assert.That(checkouts.Select(step => step.Node("with", "ref")), Has.All.Null, "the commit that triggered the run");
            foreach (var workflow in GitHubFile.WorkflowNames.Where(name => GitHubFile.Workflow(name).ReleaseTaskCalls.Any()))
            {
                Assert.That(GitHubFile.Workflow(workflow).DispatchInputs, Has.None.Matches("ref|sha|commit|branch"), workflow);
            }
        });
    }

    [TestCase("release.yml", "cut-release")]
    [TestCase("promote.yml", "promote")]
    public void CodeForThePublishedSkill_ComesOnlyFromACommitOfMainThatCiPassed(string workflow, string job)
    {
        var file = GitHubFile.Workflow(workflow);

        Assert.Multiple(() =>
        {
            Assert.That(file.Jobs["tested"].Text("uses"), Is.EqualTo("./.github/workflows/tested-on-main.yml"));
            Assert.That(file.Jobs[job].Text("needs"), Is.EqualTo("tested"));
            Assert.That(file.Jobs[job].Text("with", "package-run-id"), Is.EqualTo("${{ needs.tested.outputs.ci-run-id }}"), "the package CI built for that commit");
        });
    }

    [Test]
    public void TestedOnMain_ChecksTheTriggeringCommitWithMainsHistory()
    {
        var file = GitHubFile.Workflow("tested-on-main.yml");
        var checkout = file.Steps.Single(step => step.Text("uses")?.StartsWith("actions/checkout@") == true);
        var check = file.Steps.Single(step => step.Text("id") == "check");

        Assert.Multiple(() =>
        {
            Assert.That(checkout.Text("with", "fetch-depth"), Is.EqualTo("0"), "git needs main's history to say whether the commit is on it");
            Assert.That(check.Text("run"), Is.EqualTo(".github/scripts/tested-on-main.sh \"$GITHUB_SHA\""));
            Assert.That(file.Root.Text("on", "workflow_call", "outputs", "ci-run-id", "value"), Is.EqualTo("${{ jobs.check.outputs.ci-run-id }}"));
        });
    }

    [TestCaseSource(nameof(Files))]
    public void NoWorkflow_HandsAllItsSecretsOn(string name)
    {
        Assert.That(GitHubFile.Load(name).Root.Scalars().Where(scalar => scalar.Path.EndsWith("/secrets", StringComparison.Ordinal)).Select(scalar => scalar.Path), Is.Empty,
            "secrets: inherit gives a called workflow every secret, not the ones it needs");
    }

    [TestCaseSource(nameof(Files))]
    public void Secrets_ReachOnlyTheStepsThatUseThem_OrACalledWorkflowByTheirOwnName(string name)
    {
        var misplaced = GitHubFile.Load(name).Root.Scalars()
            .Where(scalar => scalar.Value.Contains("secrets.", StringComparison.Ordinal))
            .Where(scalar => !IsStepEnvironment(scalar.Path) && !IsPassedByItsOwnName(scalar.Path, scalar.Value))
            .Select(scalar => $"{scalar.Path} = {scalar.Value}");

        Assert.That(misplaced, Is.Empty);
    }

    [Test]
    public void ReleaseTask_GivesTheSecretsOnlyToTheStepsThatTalkToAmazonOrGitHub()
    {
        var withSecrets = ReleaseTask.Steps
            .Where(step => step.Node("env").Scalars().Any(scalar => scalar.Value.Contains("secrets.", StringComparison.Ordinal)))
            .Select(step => step.Text("run")?.Split('\n').Last(line => line.Length > 0).Trim())
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(withSecrets, Is.EquivalentTo(new[] { "./build.sh --target doctor", "exec ./build.sh --target \"$TARGET\" \"${arguments[@]}\"", "./build.sh --target status" }));
            Assert.That(ReleaseTask.Jobs["task"].Node("env").Scalars().Select(scalar => scalar.Value), Has.None.Contains("secrets."));
        });
    }

    private static IEnumerable<string> Files => GitHubFile.All.Select(file => file.Name);

    private static bool IsStepEnvironment(string path) => System.Text.RegularExpressions.Regex.IsMatch(path, @"^/jobs/[^/]+/steps/\d+/env/[A-Z_]+$");

    /// <summary>A job calling a workflow passes NAME: ${{ secrets.NAME }}: the called job's environment resolves it.</summary>
    private static bool IsPassedByItsOwnName(string path, string value)
    {
        var match = System.Text.RegularExpressions.Regex.Match(path, @"^/jobs/[^/]+/secrets/([A-Z_]+)$");
        return match.Success && value == $"${{{{ secrets.{match.Groups[1].Value} }}}}";
    }
}
