namespace Build.Tests.Workflows;

/// <summary>The one job every deploying workflow runs: OIDC for AWS, settings as environment, status afterwards.</summary>
public sealed class ReleaseTaskTests
{
    private static readonly GitHubFile ReleaseTask = GitHubFile.Workflow("release-task.yml");

    private static List<YamlDotNet.RepresentationModel.YamlMappingNode> Steps => ReleaseTask.Steps.ToList();

    [Test]
    public void ReleaseTask_IsOnlyEverCalledByOtherWorkflows()
    {
        Assert.That(ReleaseTask.Triggers, Is.EqualTo(new[] { "workflow_call" }));
    }

    [Test]
    public void ReleaseTask_AssumesTheAwsRoleThroughOidc()
    {
        var aws = Steps.Single(step => step.Text("uses")?.StartsWith("aws-actions/configure-aws-credentials@") == true);

        Assert.Multiple(() =>
        {
            Assert.That(aws.Text("with", "role-to-assume"), Is.EqualTo("${{ vars.AWS_ROLE_ARN }}"));
            Assert.That(aws.Text("with", "aws-region"), Is.EqualTo("${{ vars.AWS_REGION }}"));
            Assert.That(aws.Node("with").Entries().Select(entry => entry.Key), Has.None.Contains("access-key"), "never a long-lived key");
        });
    }

    [Test]
    public void ReleaseTask_GivesTheTasksEverySettingAsEnvironmentUnderItsOwnName()
    {
        var job = ReleaseTask.Jobs.Values.Single().Node("env").Entries().ToDictionary(entry => entry.Key, entry => entry.Value.ToString());
        var task = Steps.Single(step => step.Text("env", "TARGET") is not null).Node("env").Entries()
            .Where(entry => entry.Key is not ("TARGET" or "ARGUMENTS")).ToDictionary(entry => entry.Key, entry => entry.Value.ToString());

        Assert.Multiple(() =>
        {
            Assert.That(job, Is.EquivalentTo(new Dictionary<string, string>
            {
                ["ALEXA_SKILL_ID"] = "${{ vars.ALEXA_SKILL_ID }}",
                ["LAMBDA_FUNCTION_NAME"] = "${{ vars.LAMBDA_FUNCTION_NAME }}",
                ["AWS_REGION"] = "${{ vars.AWS_REGION }}",
            }));
            Assert.That(task, Is.EquivalentTo(new Dictionary<string, string>
            {
                ["ASK_LWA_CLIENT_ID"] = "${{ secrets.ASK_LWA_CLIENT_ID }}",
                ["ASK_LWA_CLIENT_SECRET"] = "${{ secrets.ASK_LWA_CLIENT_SECRET }}",
                ["ASK_REFRESH_TOKEN"] = "${{ secrets.ASK_REFRESH_TOKEN }}",
                ["ASK_VENDOR_ID"] = "${{ secrets.ASK_VENDOR_ID }}",
                ["GITHUB_TOKEN"] = "${{ secrets.GITHUB_TOKEN }}",
            }));
            Assert.That(ReleaseTask.Root.Node("on", "workflow_call", "secrets").Entries().Select(entry => entry.Key), Is.EquivalentTo(task.Keys.Where(key => key != "GITHUB_TOKEN")),
                "each secret is declared, so a caller must pass it by name");
        });
    }

    [Test]
    public void ReleaseTask_RunsTheTargetThenReportsStatusEvenWhenTheTargetFailed()
    {
        var target = Steps.FindIndex(step => step.Text("run")?.Contains("./build.sh --target \"$TARGET\" \"${arguments[@]}\"") == true);
        var status = Steps.FindIndex(step => step.Text("run") == "./build.sh --target status");

        Assert.Multiple(() =>
        {
            Assert.That(target, Is.Not.EqualTo(-1), "the target runs");
            Assert.That(status, Is.GreaterThan(target), "status comes after it");
            Assert.That(Steps[status].Text("if"), Is.EqualTo("always()"));
            Assert.That(Steps[target].Text("env", "TARGET"), Is.EqualTo("${{ inputs.target }}"));
            Assert.That(Steps[target].Text("env", "ARGUMENTS"), Is.EqualTo("${{ inputs.arguments }}"));
        });
    }

    [Test]
    public void ReleaseTask_ProvesThePackageIsTheOneCiTested_BeforeItAsksForAwsCredentials()
    {
        var download = Steps.FindIndex(step => step.Text("uses")?.StartsWith("actions/download-artifact@") == true);
        var compare = Steps.FindIndex(step => step.Text("run")?.Contains("cmp --silent tested-package/boston-info-skill.zip artifacts/boston-info-skill.zip") == true);
        var aws = Steps.FindIndex(step => step.Text("uses")?.StartsWith("aws-actions/configure-aws-credentials@") == true);

        Assert.Multiple(() =>
        {
            Assert.That(download, Is.Not.EqualTo(-1));
            Assert.That(Steps[download].Text("with", "name"), Is.EqualTo("lambda-package"), "the artifact ci.yml uploads");
            Assert.That(Steps[download].Text("with", "run-id"), Is.EqualTo("${{ inputs.package-run-id }}"));
            Assert.That(Steps[download].Text("with", "path"), Is.EqualTo("tested-package"));
            Assert.That(compare, Is.GreaterThan(download));
            Assert.That(aws, Is.GreaterThan(compare), "a package that differs never gets near AWS");
            Assert.That(new[] { Steps[download], Steps[compare] }.Select(step => step.Text("if")), Has.All.EqualTo("inputs.package-run-id != ''"));
            Assert.That(Steps[compare].Text("run"), Does.Contain("./build.sh --target package"));
        });
    }

    [TestCase("beta.yml", "deploy-latest", "${{ github.run_id }}")]
    [TestCase("release.yml", "cut-release", "${{ needs.tested.outputs.ci-run-id }}")]
    [TestCase("promote.yml", "promote", "${{ needs.tested.outputs.ci-run-id }}")]
    [TestCase("certification.yml", "await-certification", null)]
    [TestCase("rollback.yml", "rollback", null)]
    public void EveryTaskThatShipsCode_NamesTheRunWhoseTestedPackageItShips(string workflow, string job, string? runId)
    {
        Assert.That(GitHubFile.Workflow(workflow).Jobs[job].Text("with", "package-run-id"), Is.EqualTo(runId));
    }

    [Test]
    public void ReleaseTask_SaysWhetherAReleaseIsInFlight_FromTheStatusStep()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Steps.Single(step => step.Text("run") == "./build.sh --target status").Text("id"), Is.EqualTo("status"));
            Assert.That(ReleaseTask.Jobs["task"].Text("outputs", "release-in-flight"), Is.EqualTo("${{ steps.status.outputs.release-in-flight }}"));
            Assert.That(ReleaseTask.Root.Text("on", "workflow_call", "outputs", "release-in-flight", "value"), Is.EqualTo("${{ jobs.task.outputs.release-in-flight }}"));
        });
    }

    [Test]
    public void ReleaseTask_RunsDoctorWithItsCredentials_BeforeTheTask()
    {
        var aws = Steps.FindIndex(step => step.Text("uses")?.StartsWith("aws-actions/configure-aws-credentials@") == true);
        var doctor = Steps.FindIndex(step => step.Text("run") == "./build.sh --target doctor");
        var target = Steps.FindIndex(step => step.Text("env", "TARGET") is not null);

        Assert.Multiple(() =>
        {
            Assert.That(doctor, Is.GreaterThan(aws), "doctor checks the AWS identity too");
            Assert.That(target, Is.GreaterThan(doctor));
            Assert.That(Steps[doctor].Text("if"), Is.Null, "a failed check stops the task");
        });
    }

    [Test]
    public void ReleaseTask_SkipsTheNuGetCache_WhenItShipsNoCode()
    {
        var setup = Steps.Single(step => step.Text("uses") == "./.github/actions/setup-dotnet");

        Assert.That(setup.Text("with", "restore-packages"), Is.EqualTo("${{ inputs.package-run-id != '' }}"));
    }
}
