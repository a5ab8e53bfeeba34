using System.Text.RegularExpressions;
using Build.Tests.Host;

namespace Build.Tests.Workflows;

/// <summary>Every build target a workflow runs is one the build program has.</summary>
public sealed partial class TargetTests
{
    /// <summary>The targets named in the workflows: in run scripts, and as the target of a release-task call.</summary>
    private static IReadOnlyList<string> WorkflowTargets { get; } = GitHubFile.All
        .SelectMany(file => file.Steps.Select(step => step.Text("run") ?? "").SelectMany(script => TargetInScript().Matches(script).Select(match => match.Groups[1].Value))
            .Concat(file.ReleaseTaskCalls.Select(job => job.Text("with", "target")!)))
        .Distinct().Order().ToList();

    [Test]
    public void Workflows_RunTheTestsAndEveryReleaseTask()
    {
        Assert.That(WorkflowTargets, Is.SupersetOf(new[]
        {
            "test", "deploy-latest", "cut-release", "await-certification", "promote", "rollback", "status", "check-city-services",
        }));
    }

    [Test]
    public async Task EveryTargetAWorkflowRuns_IsATaskTheBuildProgramLists()
    {
        var (exitCode, output) = await BuildProgram.RunAsync("--description");
        Assert.That(exitCode, Is.EqualTo(0), output);
        var tasks = TaskInDescription().Matches(output).Select(match => match.Groups[1].Value).ToList();

        Assert.That(WorkflowTargets.Except(tasks), Is.Empty, $"the build program lists only: {string.Join(", ", tasks)}");
    }

    [GeneratedRegex(@"\./build\.sh\s+--target[ =]([a-z][a-z-]*)")]
    private static partial Regex TargetInScript();

    /// <summary>A row of the --description table: a task name two spaces in (not the "Task" heading; wrapped descriptions sit further in).</summary>
    [GeneratedRegex(@"(?m)^ {2}([a-z][a-z-]*|Default) {2,}")]
    private static partial Regex TaskInDescription();
}
