using Microsoft.Extensions.Logging;
using SkillRelease.Release.Planning;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;
using SkillRelease.Release.Waiting;

namespace SkillRelease.Release.Execution;

/// <summary>
/// Observe → plan → apply. Each run reads the remote state afresh, so running a task again after any failure is
/// the recovery procedure: it plans only what is left. With <c>dryRun</c> the plan is printed and nothing is written.
/// </summary>
public sealed class ReleaseEngine(ReleaseServices services, ILogger logger, TimeProvider time)
{
    /// <summary>Told of each step as it starts, after its line (the rehearsal narrates beside it).</summary>
    public IStepObserver? Observer { get; init; }

    /// <summary>Where long waits report their elapsed and remaining time; none: they wait silently.</summary>
    public IProgress<WaitProgress>? Progress { get; init; }

    public Task<RemoteState> ObserveAsync(IReadOnlyList<string> locales, CancellationToken cancellationToken) =>
        new RemoteObserver(services).ObserveAsync(locales, cancellationToken);

    public async Task<Plan> RunAsync(ReleaseIntent intent, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        RemoteState state;
        try
        {
            state = await ObserveAsync(intent.Locales, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (StepFailure.IsRemote(exception))
        {
            throw StepFailure.Explain("Reading the remote state (nothing was changed)", exception);
        }

        var plan = ReleasePlanner.Plan(state, intent);
        Print(plan);
        if (dryRun)
        {
            logger.LogInformationLine(plan.IsEmpty ? "Dry run: nothing to do." : "Dry run: nothing was changed.");
            return plan;
        }

        var waits = Progress is null ? WaitReporter.Silent : new WaitReporter(Progress, time, services.Tuning.ProgressInterval);
        var context = new StepContext(services, logger, time, waits);
        foreach (var (step, index) in plan.Steps.Select((s, i) => (s, i + 1)))
        {
            logger.LogInformationLine($"[{index}/{plan.Steps.Count}] {step.Description}");
            Observer?.Starting(step);

            try
            {
                await step.ApplyAsync(context, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (StepFailure.IsRemote(exception))
            {
                throw StepFailure.Explain($"Step {index} of {plan.Steps.Count} ({step.Description})", exception);
            }
        }

        foreach (var record in plan.Records)
        {
            // A ledger write never fails the task (RecordOnGitHub warns instead): the remote skill is already right.
            await record.ApplyAsync(context, cancellationToken).ConfigureAwait(false);
        }

        if (plan.FailureAfterApply is { } failure)
        {
            throw new ReleaseFailedException(failure);
        }

        logger.LogInformationLine(plan.IsEmpty ? "Nothing to do." : "Done.");
        return plan;
    }

    private void Print(Plan plan)
    {
        foreach (var note in plan.Notes)
        {
            logger.LogInformationLine(note);
        }

        foreach (var warning in plan.Warnings)
        {
            logger.LogWarningLine(warning);
        }

        if (!plan.IsEmpty)
        {
            logger.LogInformationLine($"Plan ({plan.Steps.Count} step{(plan.Steps.Count == 1 ? "" : "s")}):");
            foreach (var (step, index) in plan.Steps.Select((s, i) => (s, i + 1)))
            {
                logger.LogInformationLine($"  {index}. {step.Description}");
            }
        }

        foreach (var record in plan.Records)
        {
            logger.LogInformationLine($"Ledger: {record.What} (written if missing)");
        }
    }
}
