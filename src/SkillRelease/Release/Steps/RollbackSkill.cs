using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Release.Steps;

/// <summary>
/// Makes an earlier certified skill version live again with SMAPI's skill rollback (manifest, endpoint and models
/// together, no review), then waits for it. A rollback to the same version that is still running (a re-run after a
/// crash or a lost answer) is waited for instead of requested twice: SMAPI allows only one outstanding.
/// The API offers no ETag or revision to guard with (invariant 6): SMAPI's one-outstanding rule and its refusal of
/// the version already live are the guard, and the plan moves the alias it names first, guarded by its RevisionId.
/// </summary>
public sealed record RollbackSkill(string TargetVersion, string What) : Step
{
    public override string Description => $"roll the live skill back to skill version {TargetVersion} ({What})";

    public override async Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var rollbacks = context.Services.Smapi.Rollbacks;
        var id = await RunningAsync(rollbacks, context.SkillId, cancellationToken).ConfigureAwait(false);
        if (id is null)
        {
            try
            {
                id = await rollbacks.CreateAsync(context.SkillId, new CreateRollbackRequest(TargetVersion), cancellationToken).ConfigureAwait(false);
            }
            catch (SmapiException exception) when (exception.IsConflict)
            {
                // The first attempt may have landed with its answer lost; anything else conflicting is reported as is.
                id = await RunningAsync(rollbacks, context.SkillId, cancellationToken).ConfigureAwait(false)
                    ?? throw new StepFailedException($"SMAPI refused the rollback to skill version {TargetVersion}: {exception.ServiceMessage.TrimEnd('.')}. Wait for any publication or rollback of the skill to finish, then run rollback again.", exception);
            }
        }

        var done = await rollbacks.WaitUntilDoneAsync(context.SkillId, id, cancellationToken).ConfigureAwait(false);
        if (done.Status != RollbackStatuses.Succeeded)
        {
            var errors = done.Errors.Count == 0 ? "" : $" ({string.Join("; ", done.Errors)})";
            throw new StepFailedException(done.Status == RollbackStatuses.Ineligible
                ? $"SMAPI says skill version {TargetVersion} is not eligible for rollback{errors}: only a version certified in the last six months can return without review. Fix forward instead: cut a release."
                : $"SMAPI's rollback {id} to skill version {TargetVersion} ended {done.Status}{errors}. The live skill is unchanged: run rollback again.");
        }
    }

    private async Task<string?> RunningAsync(IRollbacksClient rollbacks, string skillId, CancellationToken cancellationToken) =>
        await rollbacks.GetAsync(skillId, SmapiWire.Latest, cancellationToken).ConfigureAwait(false) is { InProgress: true } latest && latest.TargetVersion == TargetVersion
            ? latest.Id
            : null;
}
