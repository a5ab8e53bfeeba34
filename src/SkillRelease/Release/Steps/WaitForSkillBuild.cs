using SkillRelease.Smapi.Model;

namespace SkillRelease.Release.Steps;

/// <summary>Waits for the manifest update and model builds, and stops with SMAPI's errors if one failed.</summary>
public sealed record WaitForSkillBuild : Step
{
    public override string Description => "wait for the skill's manifest update and model builds";

    public override bool WritesToSkill => false;

    public override async Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var status = await context.Services.Smapi.Status.WaitUntilSettledAsync(context.SkillId, cancellationToken).ConfigureAwait(false);
        var failures = new[] { ("manifest", status.Manifest) }
            .Concat(status.InteractionModel.Select(m => ($"{m.Key} model", (ResourceStatus?)m.Value)))
            .Where(r => r.Item2?.LastUpdateRequest?.Status == UpdateStatuses.Failed)
            .Select(r => $"{r.Item1}: {string.Join("; ", r.Item2!.LastUpdateRequest!.Errors.Select(e => e.Message))}")
            .ToList();
        if (failures.Count > 0)
        {
            throw new StepFailedException($"SMAPI could not apply the skill package: {string.Join(" | ", failures)}. Fix skill-package/ and run the task again.");
        }
    }
}
