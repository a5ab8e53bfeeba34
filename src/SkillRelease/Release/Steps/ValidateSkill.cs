using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Release.Steps;

/// <summary>Runs SMAPI's pre-certification validation and stops before submitting if it fails, listing why.</summary>
public sealed record ValidateSkill(IReadOnlyList<string> Locales) : Step
{
    public override string Description => $"validate the development stage ({string.Join(", ", Locales)})";

    public override bool WritesToSkill => false;

    public override async Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var validations = context.Services.Smapi.Validations;
        var id = await validations.SubmitAsync(context.SkillId, Stages.Development, Locales, cancellationToken).ConfigureAwait(false);
        var result = await context.Waits.WatchAsync(
            "SMAPI's validation",
            context.Services.Tuning.SmapiPollTimeout,
            token => validations.WaitAsync(context.SkillId, Stages.Development, id, token),
            cancellationToken).ConfigureAwait(false);
        if (result.Status == UpdateStatuses.Successful)
        {
            return;
        }

        var reasons = result.BlockingFailures.Select(v => $"{v.Locale} {v.Title}: {v.Description}".Trim())
            .Concat(result.Error is { } error ? [error.Message] : [])
            .ToList();
        throw new StepFailedException($"SMAPI validation failed, so nothing was submitted: {(reasons.Count == 0 ? result.Status : string.Join("; ", reasons))}. Fix it and run the task again.");
    }
}
