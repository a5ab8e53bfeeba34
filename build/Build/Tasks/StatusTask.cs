using Build.Hosting;
using Build.Release;
using Cake.Frosting;

namespace Build.Tasks;

[TaskName("status")]
[Plannable]
[TaskDescription("Prints one table: $LATEST, the aliases and their roles, each stage's endpoint, certification and what is in flight (also to the GitHub job summary).")]
public sealed class StatusTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context) =>
        await ReleaseSession.Open(context).PrintStatusAsync(context.CancellationToken);
}
