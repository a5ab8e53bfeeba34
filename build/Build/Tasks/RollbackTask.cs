using Build.Hosting;
using Build.Release;
using Cake.Frosting;
using SkillRelease.Release.Planning;

namespace Build.Tasks;

[TaskName("rollback")]
[Plannable]
[TaskDescription("Rolls back the last promote (the live alias, code only) or the last certified release (skill version and code together).")]
public sealed class RollbackTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context) =>
        await ReleaseSession.Open(context).RunAsync(new Rollback(), context.CancellationToken);
}
