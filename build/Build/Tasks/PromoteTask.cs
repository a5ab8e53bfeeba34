using Build.Hosting;
using Build.Release;
using Cake.Frosting;
using SkillRelease.Release.Planning;

namespace Build.Tasks;

[TaskName("promote")]
[Plannable]
[TaskDescription("Ships a code-only change to the live skill: publishes $LATEST and moves the live alias (--canary-percent P --canary-minutes M for a weighted step first, watched through CloudWatch and rolled back on errors: --canary-max-error-rate, --canary-min-invocations, --canary-poll-seconds).")]
public sealed class PromoteTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var canary = context.Release.Canary;
        var session = ReleaseSession.Open(context);
        var (skill, code) = Packages.Read(context, session.Services.Settings.SkillId);
        await session.RunAsync(new Promote(code, skill, canary, context.Time.GetUtcNow()), context.CancellationToken);
    }
}
