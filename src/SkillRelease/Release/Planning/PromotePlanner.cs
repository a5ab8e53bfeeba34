using System.Globalization;
using SkillRelease.GitHub;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;

namespace SkillRelease.Release.Planning;

/// <summary>
/// promote: a code-only release. Refused unless the live stage already holds this commit's models and manifest
/// (invariant 4); then $LATEST is published and the live alias moves to it, through a weighted canary if asked.
/// The alias description keeps the version it left, which is what rollback returns to.
/// </summary>
internal static class PromotePlanner
{
    public static Plan Plan(RemoteState state, Promote intent)
    {
        if (state.ReleaseInFlight)
        {
            // Go-live would silently replace a promote with the candidate's code, and the candidate cannot take it (invariant 2).
            throw new ReleaseRefusedException($"Release {state.ReleaseInFlightTag ?? "(unknown)"} is in flight: a promote now would be undone when it goes live. Run await-certification until it has finished, then promote (or put the fix in a new release).");
        }

        if (state.Live is null)
        {
            throw new ReleaseRefusedException("The skill has never been published, so there is nothing live to promote to: cut a release.");
        }

        var live = state.LiveAlias ?? throw new ReleaseRefusedException(
            $"The live skill's endpoint ({state.Live.EndpointUri}) is not one of the aliases {string.Join("/", state.AliasNames)}: promote only moves those. Cut a release to move the live skill onto them.");
        if (!state.Live.Holds(intent.Skill))
        {
            throw new ReleaseRefusedException("skill-package/ differs from what the live skill was certified with (interaction models or manifest): this change needs certification: cut a release.");
        }

        var steps = new List<Step>(SharedSteps.EnsureLatestHolds(state, intent.Code));
        var release = live.Description.Release ?? intent.Name;
        var version = SharedSteps.VersionHolding(state, intent.Code, AliasDescription.ForVersion($"{release}+{intent.Code.ShortCommit}", intent.Now, intent.Code.ShortCommit), steps);
        var record = RecordOnGitHub.Deployment(new DeploymentRecord(DeploymentEnvironments.Live, intent.Code.Commit, DeploymentStates.Success, $"promoted to alias {live.Name}"));
        if (version.Number == live.FunctionVersion && !live.IsWeighted)
        {
            return new Plan([]) { Notes = [$"The live alias {live.Name} already runs this code (version {live.FunctionVersion}): nothing to promote."], Records = [record] };
        }

        if (version.Number == live.FunctionVersion)
        {
            // The live alias's primary version already runs this code and a canary weights it towards another:
            // promoting the primary's code ends the canary. Weighting a version towards itself is refused by Lambda.
            var ended = (live.Description with { CanaryStart = null }).ToString();
            return new Plan([new PointAlias(live.Name, version, ended, Create: false, live.RevisionId)])
            {
                Notes = [$"The live alias {live.Name} already runs this code (version {live.FunctionVersion}) with a canary towards version {string.Join(", ", live.AdditionalVersionWeights.Keys)}: the canary ends."],
                Records = [record],
            };
        }

        var description = new AliasDescription(live.Description.Release, Previous: live.FunctionVersion).ToString();
        if (intent.Canary is { } canary)
        {
            steps.AddRange(CanarySteps(live, version, description, canary, intent));
        }
        else
        {
            steps.Add(new PointAlias(live.Name, version, description, Create: false, live.RevisionId));
        }

        return new Plan(steps) { Notes = [$"live alias: {live.Name} on version {live.FunctionVersion}; the live stage already holds skill-package/"], Records = [record] };
    }

    /// <summary>
    /// Weight the alias (unless this canary already runs: a re-run), watch it for the time left, then move fully. The
    /// canary's start is kept in the alias's description, so the time left is read from the remote alias, never from a
    /// local file. The rollback restores the alias as it was before the canary; the full move is guarded by the
    /// RevisionId of this plan's own canary move, or by the observed one on a re-run.
    /// </summary>
    private static IEnumerable<Step> CanarySteps(AliasState live, VersionChoice version, string description, Canary canary, Promote intent)
    {
        var running = version.Number is not null && live.AdditionalVersionWeights.ContainsKey(version.Number);
        var started = running ? live.Description.CanaryStart ?? intent.Now : intent.Now;
        var ends = started + canary.Duration;
        var left = ends > intent.Now ? ends - intent.Now : TimeSpan.Zero;
        if (left + Canary.CredentialMargin > canary.CredentialLifetime)
        {
            var longest = canary.CredentialLifetime - Canary.CredentialMargin;
            throw new ReleaseRefusedException(string.Create(CultureInfo.InvariantCulture,
                $"The canary would wait {left.TotalMinutes:0.#} more minute(s), but this run's AWS credentials last {canary.CredentialLifetime.TotalMinutes:0.#} minutes (the role's session length) and {Canary.CredentialMargin.TotalMinutes:0} of them are kept for publishing and the final move, so it would stop half-way: shorten the canary to {Math.Max(0, longest.TotalMinutes):0} minutes or less, or raise the role's maximum session duration and set AWS_ROLE_DURATION_SECONDS to match (docs/setup.md)."));
        }

        var before = live.Description with { CanaryStart = null };
        if (!running)
        {
            yield return new PointAlias(live.Name, new VersionChoice(live.FunctionVersion), (before with { CanaryStart = started }).ToString(), Create: false, live.RevisionId)
            {
                Canary = (version, canary.Percent / 100),
            };
        }

        var rollBack = new PointAlias(live.Name, new VersionChoice(live.FunctionVersion), before.ToString(), Create: false, running ? live.RevisionId : null) { AfterOwnMove = !running };
        yield return new WaitForCanary(live.Name, version, started, ends, canary, rollBack, intent.Code.Commit);
        yield return new PointAlias(live.Name, version, description, Create: false, running ? live.RevisionId : null) { AfterOwnMove = !running };
    }
}
