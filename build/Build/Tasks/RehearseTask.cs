using Build.Rehearsal;
using Build.Release;
using Cake.Common.Diagnostics;
using Cake.Frosting;
using SkillRelease.Simulator;

namespace Build.Tasks;

[TaskName("rehearse")]
[TaskDescription("Runs the whole release life cycle against the embedded simulator, narrated beside the manual runbook: the main job on a fresh machine. Never touches real AWS or Amazon.")]
public sealed class RehearseTask : AsyncFrostingTask<BuildContext>
{
    public override async Task RunAsync(BuildContext context)
    {
        var (skill, code) = Packages.Read(context, new SimulatorOptions().SkillId);
        await new RehearsalStory(new CakeLogger(context.Log), skill, code, context.Time).RunAsync(context.CancellationToken);
        context.Information("Rehearsal passed: every chapter left the skill as the runbook would have, with no manual step.");
    }
}
