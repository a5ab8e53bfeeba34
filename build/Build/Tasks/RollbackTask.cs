using Build.Release;
using Cake.Frosting;
using SkillRelease.Release.Planning;

namespace Build.Tasks;

[TaskName("rollback")]
[PlansInDryRun]
[TaskDescription("Moves the live alias back to the version it ran before the last promote or release.")]
public sealed class RollbackTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context) =>
        await ReleaseSession.Open(context).RunAsync(new Rollback());
}
