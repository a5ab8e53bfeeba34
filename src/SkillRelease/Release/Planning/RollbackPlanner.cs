using SkillRelease.GitHub;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;

namespace SkillRelease.Release.Planning;

/// <summary>rollback: the live alias back to the version its description says it left (or a canary ended).</summary>
internal static class RollbackPlanner
{
    public static Plan Plan(RemoteState state, Rollback intent)
    {
        _ = intent;
        var live = state.LiveAlias ?? throw new ReleaseRefusedException("Nothing is live on the release aliases, so there is nothing to roll back.");
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
            return new Plan("rollback", []) { Notes = [$"Alias {live.Name} was already rolled back from version {gone} to {live.FunctionVersion}; no earlier version is recorded, so there is nothing more to roll back."] };
        }
        else
        {
            target = live.Description.Previous ?? throw new ReleaseRefusedException(
                $"Alias {live.Name} has no earlier version recorded (it has only ever run version {live.FunctionVersion}): nothing to roll back to.");
            from = live.FunctionVersion;
            if (state.Versions.All(v => v.Version != target))
            {
                throw new ReleaseRefusedException($"Alias {live.Name} records version {target} as its previous one, but that version no longer exists: nothing to roll back to.");
            }
        }

        var description = new AliasDescription(live.Description.Release, RolledBackFrom: from).ToString();
        return new Plan("rollback", [
            new PointAlias(live.Name, new VersionChoice(target), description, Create: false, live.RevisionId),
            RecordOnGitHub.Deployment(new DeploymentRecord(DeploymentEnvironments.Live, $"{live.Name}@{target}", DeploymentStates.Success, $"rolled back alias {live.Name} from version {from} to {target}")),
        ])
        { Notes = [$"live alias {live.Name}: version {from} → {target}"] };
    }
}
