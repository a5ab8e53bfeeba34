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
        var settings = ReleaseTask.Jobs.Values.Single().Node("env").Entries().ToDictionary(entry => entry.Key, entry => entry.Value.ToString());

        Assert.That(settings, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["ALEXA_SKILL_ID"] = "${{ vars.ALEXA_SKILL_ID }}",
            ["LAMBDA_FUNCTION_NAME"] = "${{ vars.LAMBDA_FUNCTION_NAME }}",
            ["AWS_REGION"] = "${{ vars.AWS_REGION }}",
            ["ASK_LWA_CLIENT_ID"] = "${{ secrets.ASK_LWA_CLIENT_ID }}",
            ["ASK_LWA_CLIENT_SECRET"] = "${{ secrets.ASK_LWA_CLIENT_SECRET }}",
            ["ASK_REFRESH_TOKEN"] = "${{ secrets.ASK_REFRESH_TOKEN }}",
            ["ASK_VENDOR_ID"] = "${{ secrets.ASK_VENDOR_ID }}",
            ["GITHUB_TOKEN"] = "${{ secrets.GITHUB_TOKEN }}",
        }));
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
    public void ReleaseTask_ChecksOutTheCommitAndDeploysToTheEnvironmentItsCallerNames()
    {
        var job = ReleaseTask.Jobs.Values.Single();
        var checkout = Steps.Single(step => step.Text("uses")?.StartsWith("actions/checkout@") == true);

        Assert.Multiple(() =>
        {
            Assert.That(job.Text("environment"), Is.EqualTo("${{ inputs.environment }}"));
            Assert.That(checkout.Text("with", "ref"), Is.EqualTo("${{ inputs.ref }}"));
            Assert.That(checkout.Text("with", "persist-credentials"), Is.EqualTo("false"), "the task gets GITHUB_TOKEN from env, not git's config");
        });
    }
}
