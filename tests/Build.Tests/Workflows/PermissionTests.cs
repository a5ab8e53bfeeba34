using YamlDotNet.RepresentationModel;

namespace Build.Tests.Workflows;

/// <summary>Least privilege: nothing at the top of a workflow, and per job only what that job uses.</summary>
public sealed class PermissionTests
{
    private static IEnumerable<string> TriggeredWorkflows => GitHubFile.TriggeredWorkflowNames;

    [TestCaseSource(nameof(TriggeredWorkflows))]
    public void Workflow_GrantsNothingAtTheTop(string workflow)
    {
        Assert.That(Permissions(GitHubFile.Workflow(workflow).Root), Is.Not.Null.And.Empty);
    }

    [TestCaseSource(nameof(TriggeredWorkflows))]
    public void EveryJob_SaysWhichPermissionsItNeeds(string workflow)
    {
        Assert.That(GitHubFile.Workflow(workflow).Jobs.Where(job => job.Value.Node("permissions") is null).Select(job => job.Key), Is.Empty);
    }

    [TestCase("ci.yml", "test", "contents: read")]
    [TestCase("beta.yml", "ci", "contents: read")]
    [TestCase("beta.yml", "deploy-latest", "actions: read, contents: read, deployments: write, id-token: write")]
    [TestCase("release.yml", "tested", "actions: read, contents: read")]
    [TestCase("release.yml", "cut-release", "actions: read, contents: write, deployments: write, id-token: write")]
    [TestCase("release.yml", "watch-certification", "actions: write")]
    [TestCase("certification.yml", "await-certification", "contents: read, deployments: write, id-token: write, issues: write")]
    [TestCase("certification.yml", "stop-polling", "actions: write, contents: read")]
    [TestCase("promote.yml", "tested", "actions: read, contents: read")]
    [TestCase("promote.yml", "promote", "actions: read, contents: read, deployments: write, id-token: write")]
    [TestCase("rollback.yml", "rollback", "contents: read, deployments: write, id-token: write")]
    [TestCase("city-services.yml", "check", "contents: read, issues: write")]
    public void Job_IsGrantedExactlyWhatItNeeds(string workflow, string job, string permissions)
    {
        Assert.That(string.Join(", ", Permissions(GitHubFile.Workflow(workflow).Jobs[job])!), Is.EqualTo(permissions));
    }

    [TestCase("release-task.yml")]
    [TestCase("tested-on-main.yml")]
    public void CalledWorkflow_TakesItsPermissionsFromTheCallingJob(string workflow)
    {
        var called = GitHubFile.Workflow(workflow);

        Assert.That(new[] { called.Root }.Concat(called.Jobs.Values).Select(node => node.Node("permissions")), Has.All.Null);
    }

    /// <summary>"scope: access" sorted, a shorthand such as read-all as it is, or null where the node sets none.</summary>
    private static List<string>? Permissions(YamlNode node) => node.Node("permissions") switch
    {
        null => null,
        YamlScalarNode shorthand => [shorthand.Value!],
        var permissions => permissions.Entries().Select(entry => $"{entry.Key}: {entry.Value}").Order().ToList(),
    };
}
