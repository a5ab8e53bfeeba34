using Cake.Common.Diagnostics;
using Cake.Common.IO;
using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Publish;

namespace Build.Packaging;

/// <summary>Publishes the skill for a Lambda runtime and writes its reproducible zip (used by package and the release tasks).</summary>
public static class SkillPackager
{
    public static PackageFile Package(BuildContext context, LambdaRuntime runtime)
    {
        var aot = runtime == LambdaRuntime.Aot;
        var publishDirectory = context.Artifacts.Combine(aot ? "publish/skill-aot" : "publish/skill-managed");
        // A stale file from an earlier publish would end up in the zip and change its hash.
        context.CleanDirectory(publishDirectory);
        context.DotNetPublish((aot ? context.BootstrapProject : context.SkillProject).FullPath, new DotNetPublishSettings
        {
            Configuration = context.BuildConfiguration,
            Runtime = "linux-x64",
            SelfContained = aot,
            OutputDirectory = publishDirectory,
            NoLogo = true,
        });

        if (aot)
        {
            // Debug symbols are for us, not for Lambda: they would triple the upload.
            context.DeleteFiles(publishDirectory.FullPath + "/*.dbg");
            context.DeleteFiles(publishDirectory.FullPath + "/*.pdb");
        }

        var zip = aot ? context.AotPackage : context.ManagedPackage;
        var package = ReproducibleZip.Create(publishDirectory.FullPath, zip.FullPath, aot ? new HashSet<string> { "bootstrap" } : null);
        context.Information($"Package:    {package.Path} ({(aot ? "provided.al2023, handler ignored" : "dotnet10")})");
        context.Information($"Size:       {package.Size:N0} bytes");
        context.Information($"CodeSha256: {package.CodeSha256}");
        return package;
    }
}
