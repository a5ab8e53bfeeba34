using Build.Benchmarks;
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
[TaskDescription("Measures cold starts (Native AOT vs JIT bootstrap), warm handler latency, package sizes and the build program's start-up; prints a table and writes docs/benchmarks.md.")]
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
        var run = new BenchRun(settings, TimeProvider.System);
        var rows = new List<BenchmarkRow>();
        context.Information("Cold starts…");
        rows.AddRange(await run.ColdStartAsync(CancellationToken.None));
        context.Information("Warm latency…");
        rows.AddRange(await run.WarmLatencyAsync(CancellationToken.None));
        rows.AddRange(run.Artifacts());
        context.Information("Pipeline overhead…");
        rows.AddRange(await run.PipelineAsync(await CliTools.FindAsync(context.Root.FullPath, TimeProvider.System, CancellationToken.None), CancellationToken.None));
        context.Information("Build program start-up…");
        rows.AddRange(await run.BuildProgramAsync(CancellationToken.None));

        var report = new BenchmarkReport(MachineInfo.Current(TimeProvider.System), rows, BenchRun.Notes);
        context.Information(report.ToText());
        var markdown = context.Root.CombineWithFilePath("docs/benchmarks.md");
        context.EnsureDirectoryExists(markdown.GetDirectory());
        await File.WriteAllTextAsync(markdown.FullPath, report.ToMarkdown());
        context.Information($"Written to {markdown.FullPath}.");
    }
}
