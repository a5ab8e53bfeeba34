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
        var release = live.Description.Release ?? "promote";
        var version = SharedSteps.VersionHolding(state, intent.Code, AliasDescription.ForVersion($"{release}+{intent.Code.ShortCommit}", intent.Now, intent.Code.ShortCommit), steps);
        var record = RecordOnGitHub.Deployment(new DeploymentRecord(DeploymentEnvironments.Live, intent.Code.Commit, DeploymentStates.Success, $"promoted to alias {live.Name}"));
        if (version.Number == live.FunctionVersion && !live.IsWeighted)
        {
            return new Plan("promote", []) { Notes = [$"The live alias {live.Name} already runs this code (version {live.FunctionVersion}): nothing to promote."], Records = [record] };
        }

        var description = new AliasDescription(live.Description.Release, Previous: live.FunctionVersion).ToString();
        if (intent.Canary is { } canary)
        {
            var canaryRunning = version.Number is not null && live.AdditionalVersionWeights.ContainsKey(version.Number);
            if (!canaryRunning)
            {
                steps.Add(new PointAlias(live.Name, new VersionChoice(live.FunctionVersion), description, Create: false, live.RevisionId) { Canary = (version, canary.Percent / 100) });
            }

            steps.Add(new WaitForCanary(canary.Duration));
            // The first move changed the alias's RevisionId; this plan made that change itself, so it does not guard on it.
            steps.Add(new PointAlias(live.Name, version, description, Create: false, canaryRunning ? live.RevisionId : null));
        }
        else
        {
            steps.Add(new PointAlias(live.Name, version, description, Create: false, live.RevisionId));
        }

        return new Plan("promote", steps) { Notes = [$"live alias: {live.Name} on version {live.FunctionVersion}; the live stage already holds skill-package/"], Records = [record] };
    }
}
