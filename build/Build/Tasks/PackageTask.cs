using Build.Packaging;
using Cake.Common.Diagnostics;
using Cake.Common.IO;
using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Publish;
using Cake.Frosting;

namespace Build.Tasks;

[TaskName("package")]
[TaskDescription("Publishes the skill for Lambda dotnet10 (linux-x64) and writes a reproducible zip to artifacts/.")]
public sealed class PackageTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var publishDirectory = context.Artifacts.Combine("publish/skill-managed");
        // A stale file from an earlier publish would end up in the zip and change its hash.
        context.CleanDirectory(publishDirectory);
        context.DotNetPublish(context.SkillProject.FullPath, new DotNetPublishSettings
        {
            Configuration = context.BuildConfiguration,
            Runtime = "linux-x64",
            SelfContained = false,
            OutputDirectory = publishDirectory,
            NoLogo = true,
        });

        var package = ReproducibleZip.Create(publishDirectory.FullPath, context.ManagedPackage.FullPath);
        context.Information($"Package:    {package.Path}");
        context.Information($"Size:       {package.Size:N0} bytes");
        context.Information($"CodeSha256: {package.CodeSha256}");
    }
}
