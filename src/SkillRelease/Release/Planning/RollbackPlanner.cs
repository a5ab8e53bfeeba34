using SkillRelease.GitHub;
using SkillRelease.Lambda.Model;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Release.Planning;

/// <summary>
/// rollback, in one of two shapes decided by how the live alias went live (docs/release-tasks.md, "rollback"):
/// after a promote, code only: the live alias back to the version its description says it left (or a canary ended);
/// after a certification went live, as a pair: the alias the release before ran on, on the version it ran then, and
/// the live skill back to that release's skill version with SMAPI's skill rollback (models, manifest, endpoint).
/// A cut writes <c>cut=</c> into the candidate's description and only a promote or a rollback rewrites it, so a live
/// alias that still carries it runs exactly what certification put live.
/// </summary>
internal static class RollbackPlanner
{
    public static Plan Plan(RemoteState state, Rollback intent)
    {
        _ = intent;
        var live = state.LiveAlias ?? throw new ReleaseRefusedException("Nothing is live on the release aliases, so there is nothing to roll back.");
        if (state.CertificationInProgress && state.DevelopmentAlias?.Name == live.Name)
        {
            // Someone submitted the live alias itself for review (from the console): moving it would change the code
            // under review (invariant 2).
            throw new ReleaseRefusedException($"Alias {live.Name} is both live and under certification review, so it cannot move until the review ends: run await-certification, or withdraw the submission in the developer console, then roll back.");
        }

        return live.Description.Cut is not null && !live.IsWeighted ? CertifiedRelease(state, live) : CodeOnly(state, live);
    }

    private static Plan CodeOnly(RemoteState state, AliasState live)
    {
        string target;
        string from;
        if (live.IsWeighted)
        {
            target = live.FunctionVersion;
            from = live.AdditionalVersionWeights.Keys.Single();
        }
        else if (live.Description.Previous is null && live.Description.RolledBackFrom is { } gone)
        {
            // A re-run after a rollback (or a second one): done already, and nothing earlier is recorded.
            return new Plan([]) { Notes = [$"Alias {live.Name} was already rolled back from {Named(gone)} to version {live.FunctionVersion}; no earlier version is recorded, so there is nothing more to roll back."] };
        }
        else
        {
            target = live.Description.Previous ?? throw new ReleaseRefusedException(
                $"Alias {live.Name} has no earlier version recorded (it has only ever run version {live.FunctionVersion}): nothing to roll back to.");
            from = live.FunctionVersion;
        }

        var version = Existing(state, target, $"Alias {live.Name} records version {target} as its previous one, but that version no longer exists: nothing to roll back to.");
        var description = new AliasDescription(live.Description.Release, RolledBackFrom: from).ToString();
        var steps = new List<Step> { new PointAlias(live.Name, new VersionChoice(target), description, Create: false, live.RevisionId) };
        return Recorded(new Plan(steps) { Notes = [$"live alias {live.Name}: version {from} → {target} (code only: the live skill's models stay)"] }, version, $"rolled back alias {live.Name} from version {from} to {target}");
    }

    private static Plan CertifiedRelease(RemoteState state, AliasState live)
    {
        var release = live.Description.Release ?? $"the release on alias {live.Name}";
        var otherName = state.AliasNames.First(name => name != live.Name);
        if (state.ReleaseInFlight)
        {
            throw new ReleaseRefusedException(
                $"Release {state.ReleaseInFlightTag ?? "(unknown)"} is in flight on alias {otherName}, which the release before {release} ran on: finish it first (await-certification ends it, after the review or a withdrawal in the developer console), then run rollback.");
        }

        var liveSkill = state.SkillVersions.LastOrDefault(v => v.Status == VersionSubmissionStatuses.Live)
            ?? throw new ReleaseRefusedException($"SMAPI lists no live skill version, so the certified release before {release} cannot be found: check the skill's versions (ask smapi list-versions-for-skill) and roll back in the developer console.");
        var target = state.SkillVersions.Where(v => v.Number < liveSkill.Number && v.Status == VersionSubmissionStatuses.Certified).MaxBy(v => v.Number)
            ?? throw new ReleaseRefusedException($"{release} (skill version {liveSkill.Version}) is the first certified release still on record: there is no earlier certified version to roll back to. Fix forward: promote a fix or cut a release.");
        var other = state.Alias(otherName)
            ?? throw new ReleaseRefusedException($"Alias {otherName}, which the release before {release} ran on, no longer exists: its code cannot be put back beside that release's models. Roll back in the developer console, or fix forward.");

        // Untouched since this release went live, the other alias still runs what it ran while it was live. A cut onto it
        // since (a release that failed or was withdrawn) moved it; the version it left is the one this release's cut
        // recorded as live's, and a promote cannot have moved live during that review (promote refuses then).
        var recut = other.Description.Cut > live.Description.Cut;
        var aliasTarget = recut
            ? live.Description.Previous ?? throw new ReleaseRefusedException($"Alias {otherName} carries {other.Description.Release ?? "another release"} now, and nothing records the version it ran before {release}: roll back in the developer console, or fix forward.")
            : other.FunctionVersion;
        var version = Existing(state, aliasTarget, $"Version {aliasTarget}, which alias {otherName} ran before {release}, no longer exists: fix forward instead (promote a fix or cut a release).");
        var pairRelease = recut ? VersionDescription.Parse(version.Description).Release?.Split('+')[0] ?? target.Message : other.Description.Release;
        var description = new AliasDescription(pairRelease, RolledBackFrom: release).ToString();

        var steps = new List<Step>();
        if (other.FunctionVersion != aliasTarget || other.IsWeighted || other.Description.ToString() != description)
        {
            steps.Add(new PointAlias(otherName, new VersionChoice(aliasTarget), description, Create: false, other.RevisionId));
        }

        if (!other.AlexaCanInvoke)
        {
            steps.Add(new GrantAlexaTrigger(otherName, other.PolicyRevisionId));
        }

        steps.Add(new RollbackSkill(target.Version, target.Message ?? "the release before"));
        var what = $"rolled back {release}: live skill version {liveSkill.Version} → {target.Version}, alias {otherName} on version {aliasTarget}";
        var aliasNote = other.FunctionVersion == aliasTarget ? "which it still runs" : $"back from version {other.FunctionVersion}";
        return Recorded(new Plan(steps)
        {
            Notes = [$"{release} went live by certification on alias {live.Name}: rolling back as a pair, the live skill to skill version {target.Version} ({target.Message ?? "no message"}) and alias {otherName} on version {aliasTarget} ({aliasNote})."],
        }, version, what);
    }

    private static FunctionConfiguration Existing(RemoteState state, string version, string refusal) =>
        state.Versions.FirstOrDefault(v => v.Version == version) ?? throw new ReleaseRefusedException(refusal);

    /// <summary>The GitHub deployment names the release tag or commit the restored version was built from, refs GitHub accepts.</summary>
    private static Plan Recorded(Plan plan, FunctionConfiguration version, string what) =>
        VersionDescription.Parse(version.Description).GitRef is { } gitRef
            ? plan with { Records = [RecordOnGitHub.Deployment(new DeploymentRecord(DeploymentEnvironments.Live, gitRef, DeploymentStates.Success, what))] }
            : plan with { Warnings = [$"Version {version.Version}'s description names no release tag or commit, so the rollback is not recorded on GitHub."] };

    private static string Named(string rolledBackFrom) => rolledBackFrom.All(char.IsAsciiDigit) ? $"version {rolledBackFrom}" : rolledBackFrom;
}
