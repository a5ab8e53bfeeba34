using Benchmarks;
using Build.Packaging;
using Cake.Common.Diagnostics;
using Cake.Common.IO;
using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.MSBuild;
using Cake.Common.Tools.DotNet.Publish;
using Cake.Core.IO;
using Cake.Frosting;

namespace Build.Tasks;

[TaskName("bench")]
[TaskDescription("Measures cold starts (Native AOT vs JIT bootstrap), warm handler latency, package sizes, the pipeline's calls and critical path and the build program's start-up; prints a table and writes docs/benchmarks.md (--bench-section TEXT: only the sections whose title contains TEXT).")]
public sealed class BenchTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var aot = SkillPackager.Package(context, LambdaRuntime.Aot);
        var managed = SkillPackager.Package(context, LambdaRuntime.Managed);
        var jitTaskRoot = context.Artifacts.Combine("publish/bootstrap-jit");
        context.CleanDirectory(jitTaskRoot);
        context.DotNetPublish(context.BootstrapProject.FullPath, new DotNetPublishSettings
        {
            Configuration = context.BuildConfiguration,
            OutputDirectory = jitTaskRoot,
            NoLogo = true,
            MSBuildSettings = new DotNetMSBuildSettings().WithProperty("PublishAot", "false"),
        });

        var settings = new BenchSettings(
            context.Root.FullPath,
            context.Artifacts.Combine("publish/skill-aot").FullPath,
            jitTaskRoot.FullPath,
            aot.Path,
            managed.Path,
            // The build program runs on `dotnet Build.dll`, so this is the same dotnet host and runtime.
            Environment.ProcessPath ?? "dotnet");
        var cliTools = await CliTools.FindAsync(context.Root.FullPath, context.Time, context.CancellationToken);
        var sections = BenchSections.Create(settings, cliTools, context.Time)
            .Where(section => section.Title.Contains(context.BenchSection, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var rows = new List<BenchmarkRow>();
        foreach (var section in sections)
        {
            context.Information(section.Title + "…");
            rows.AddRange(await section.RunAsync(context.CancellationToken));
        }

        var report = new BenchmarkReport(MachineInfo.Current(context.Time), rows, sections.Select(section => section.Note).ToList());
        context.Information(report.ToText());
        var markdown = context.Root.CombineWithFilePath("docs/benchmarks.md");
        context.EnsureDirectoryExists(markdown.GetDirectory());
        // A partial run (--bench-section) refreshes its own sections and keeps every other figure of the last full run.
        var partial = context.BenchSection.Length > 0 && File.Exists(markdown.FullPath);
        await File.WriteAllTextAsync(markdown.FullPath, partial ? BenchmarkMarkdownMerge.Merge(await File.ReadAllTextAsync(markdown.FullPath, context.CancellationToken), report.ToMarkdown()) : report.ToMarkdown(), context.CancellationToken);
        context.Information($"Written to {markdown.FullPath}.");
    }
}
