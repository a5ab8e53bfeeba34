using Build.Mutation;
using Cake.Common;
using Cake.Core.IO;
using Cake.Frosting;

namespace Build.Tasks;

[TaskName("mutate")]
[TaskDescription("Mutation testing (dotnet-stryker) of the release planners, steps and clients' guards; writes the score and survivors to docs/mutation.md. Slow: not part of test.")]
public sealed class MutateTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var output = context.Artifacts.Combine("mutation");
        // A fresh clone has the tool in .config/dotnet-tools.json but not installed. It is pinned to 5.0.0: in our runs
        // (.NET 10 SDK 10.0.401) 5.1.0 stopped with "Initial test run could not be completed" whenever a test-case
        // filter was set, although the filtered tests all passed.
        // (DotNetTool would pass "tool restore" to dotnet as one quoted word, so both run as plain processes.)
        Dotnet(context, context.Root, "tool restore");
        // Stryker reads stryker-config.json from the test project's folder: what to mutate, which fast tests to run.
        Dotnet(context, context.Root.Combine("tests/SkillRelease.Tests"), $"stryker --skip-version-check --output \"{output.FullPath}\"");
        MutationReport.Write(
            output.CombineWithFilePath("reports/mutation-report.json").FullPath,
            context.Root.CombineWithFilePath("docs/mutation.md").FullPath);
    }

    private static void Dotnet(BuildContext context, DirectoryPath folder, string arguments)
    {
        var exitCode = context.StartProcess("dotnet", new ProcessSettings { Arguments = arguments, WorkingDirectory = folder });
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {arguments} ended with exit code {exitCode}: see its output above.");
        }
    }
}
