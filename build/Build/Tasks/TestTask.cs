using Cake.Common.IO;
using Cake.Common.Tools.DotNet;
using Cake.Common.Tools.DotNet.Test;
using Cake.Frosting;

namespace Build.Tasks;

[TaskName("test")]
[TaskDescription("Runs every NUnit suite; one TRX file per project goes to artifacts/test-results/.")]
// The layout check first: it takes seconds, and a misplaced brace should not wait for a full build to be reported.
[IsDependentOn(typeof(CheckFormatTask))]
[IsDependentOn(typeof(BuildTask))]
public sealed class TestTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        // Old result files would be counted by .ci/run as if they were this run's.
        context.CleanDirectory(context.TestResults);
        context.DotNetTest(context.Solution.FullPath, new DotNetTestSettings
        {
            Configuration = context.BuildConfiguration,
            NoBuild = true,
            NoLogo = true,
        });
    }
}
