using Build.Release;
using Cake.Frosting;

namespace Build.Tasks;

[TaskName("doctor")]
[TaskDescription("Checks, read-only, everything a release needs (settings, the workflows' variable and secret names, function.json, the function, Alexa triggers, the LWA token and the skill, each stage) and prints one table; fails if any row is ✗.")]
public sealed class DoctorTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var rows = await Checkup.RunAsync(context, context.CancellationToken);
        Checkup.Print(context, rows);
        if (rows.Count(r => !r.Passed) is var failed and > 0)
        {
            throw new InvalidOperationException($"{failed} check{(failed == 1 ? "" : "s")} failed: fix {(failed == 1 ? "it" : "them")} as the table says, then run doctor again.");
        }
    }
}
