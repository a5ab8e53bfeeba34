using Build.Hosting;
using Build.Release;
using Cake.Frosting;
using SkillRelease.Release.Planning;

namespace Build.Tasks;

[TaskName("await-certification")]
[Plannable]
[TaskDescription("Checks certification: when it has ended, puts the development endpoint back on $LATEST and records the outcome (--publish publishes a skill certified for manual publishing).")]
public sealed class AwaitCertificationTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var session = ReleaseSession.Open(context);
        await session.RunAsync(new AwaitCertification(context.Release.Publish, context.Time.GetUtcNow()), context.CancellationToken);
    }
}
