using System.Globalization;
using SkillRelease.GitHub;
using SkillRelease.Release.Canaries;
using SkillRelease.Release.Planning;

namespace SkillRelease.Release.Steps;

/// <summary>
/// Lets the canary take its share of traffic until <see cref="Ends"/>, reading the new version's errors and
/// invocations since <see cref="Started"/> every poll interval. When enough invocations have run and too many
/// failed, it moves the alias back (<see cref="RollBack"/>, guarded like every move), records a failed deployment
/// and ends the run red; otherwise the plan goes on to the full move. The start is kept in the alias's description,
/// so a re-run after a stop waits only for the time left.
/// </summary>
public sealed record WaitForCanary(string Alias, VersionChoice Version, DateTimeOffset Started, DateTimeOffset Ends, Canary Canary, PointAlias RollBack, string Commit) : Step
{
    public override string Description => string.Create(CultureInfo.InvariantCulture,
        $"watch the canary on alias {Alias} until {Ends.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC; move it back to version {RollBack.Version.Number} if {Canary.MaxErrorRate * 100:0.#}% or more of at least {Canary.MinInvocations} invocations fail");

    public override bool WritesToSkill => false;

    public override Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var now = context.Time.GetUtcNow();
        return context.Waits.WatchAsync($"the canary on alias {Alias}", Ends > now ? Ends - now : TimeSpan.Zero, token => WatchCanaryAsync(context, token), cancellationToken);
    }

    private async Task WatchCanaryAsync(StepContext context, CancellationToken cancellationToken)
    {
        var version = Version.Resolve(context);
        while (true)
        {
            var now = context.Time.GetUtcNow();
            var figures = await CanaryMetrics.ReadAsync(context.Services.CloudWatch, context.FunctionName, Alias, version, Started, now, cancellationToken).ConfigureAwait(false);
            context.Logger.LogInformationLine($"  canary: {figures}");
            if (figures.Fail(Canary))
            {
                await RollBackAsync(context, figures, cancellationToken).ConfigureAwait(false);
            }

            if (now >= Ends)
            {
                if (figures.Invocations < Canary.MinInvocations)
                {
                    context.Logger.LogWarningLine($"  the canary saw fewer than {Canary.MinInvocations} invocations, too few to judge; it completes as planned.");
                }

                return;
            }

            var left = Ends - now;
            await Task.Delay(left < Canary.PollInterval ? left : Canary.PollInterval, context.Time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RollBackAsync(StepContext context, CanaryFigures figures, CancellationToken cancellationToken)
    {
        var verdict = string.Create(CultureInfo.InvariantCulture, $"{figures}, at or above the {Canary.MaxErrorRate * 100:0.#}% threshold");
        context.Logger.LogWarningLine($"  the canary failed ({verdict}): moving alias {Alias} back to version {RollBack.Version.Number}");
        await RollBack.ApplyAsync(context, cancellationToken).ConfigureAwait(false);
        await RecordOnGitHub.Deployment(new DeploymentRecord(DeploymentEnvironments.Live, Commit, DeploymentStates.Failure, $"canary rolled back: {figures}"))
            .ApplyAsync(context, cancellationToken).ConfigureAwait(false);
        throw new ReleaseFailedException(
            $"The canary failed: {verdict}, so alias {Alias} was moved back to version {RollBack.Version.Number} and nothing else changed; fix the code and promote again.");
    }
}
