using SkillRelease.Smapi.Model;

namespace SkillRelease.Release.Steps;

/// <summary>
/// Waits for the manifest update and model builds, and stops with SMAPI's errors if one this plan wrote failed. Only
/// the resources the plan wrote are judged: SMAPI keeps the last update's status per resource, so a model build that
/// failed days ago for a locale this plan never touched still reads FAILED and says nothing about this run.
/// </summary>
public sealed record WaitForSkillBuild(bool Manifest, IReadOnlyList<string> Locales) : Step
{
    public override string Description => $"wait for SMAPI to apply {string.Join(" and ", Written())}";

    public override bool WritesToSkill => false;

    public override async Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var status = await context.Waits.WatchAsync(
            $"SMAPI's update of {string.Join(" and ", Written())}",
            context.Services.Tuning.SmapiPollTimeout,
            token => context.Services.Smapi.Status.WaitUntilSettledAsync(context.SkillId, token),
            cancellationToken).ConfigureAwait(false);
        var judged = (Manifest ? new[] { ("manifest", status.Manifest) } : [])
            .Concat(Locales.Select(locale => ($"{locale} model", status.InteractionModel.GetValueOrDefault(locale))));
        var failures = judged
            .Where(r => r.Item2?.LastUpdateRequest?.Status == UpdateStatuses.Failed)
            .Select(r => $"{r.Item1}: {string.Join("; ", r.Item2!.LastUpdateRequest!.Errors.Select(e => e.Message))}")
            .ToList();
        if (failures.Count > 0)
        {
            throw new StepFailedException($"SMAPI could not apply the skill package: {string.Join(" | ", failures)}. Fix skill-package/ and run the task again.");
        }
    }

    // Records compare lists by reference; plans are compared by value in tests and dry runs.
    public bool Equals(WaitForSkillBuild? other) =>
        other is not null && Manifest == other.Manifest && Locales.SequenceEqual(other.Locales);

    public override int GetHashCode() => HashCode.Combine(Manifest, Locales.Count);

    private IEnumerable<string> Written()
    {
        var models = Locales.Select(l => $"the {l} model");
        return Manifest ? models.Prepend("the manifest") : models;
    }
}
