using Build.Hosting;
using Build.Release;
using Cake.Frosting;
using SkillRelease.Release.Planning;

namespace Build.Tasks;

[TaskName("deploy-latest")]
[Plannable]
[TaskDescription("Puts this commit on the development skill: code on $LATEST (if its hash changed), skill-package/ on the development stage (where it differs).")]
public sealed class DeployLatestTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var session = ReleaseSession.Open(context);
        var (skill, code) = Packages.Read(context, session.Services.Settings.SkillId);
        await session.RunAsync(new DeployLatest(code, skill), context.CancellationToken);
    }
}
