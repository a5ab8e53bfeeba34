using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Build;
using Cake.Frosting;

namespace Build.Tasks;

[TaskName("build")]
[TaskDescription("Compiles the solution (Release), warnings as errors.")]
public sealed class BuildTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context) =>
        context.DotNetBuild(context.Solution.FullPath, new DotNetBuildSettings
        {
            Configuration = context.BuildConfiguration,
            NoLogo = true,
        });
}
