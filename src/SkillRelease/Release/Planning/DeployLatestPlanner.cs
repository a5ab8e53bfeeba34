using SkillRelease.GitHub;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;

namespace SkillRelease.Release.Planning;

/// <summary>
/// deploy-latest: code to $LATEST when its hash differs; the skill package to the development stage where it
/// differs, keeping the development endpoint on $LATEST. While a release is in flight the development stage
/// belongs to it, so skill-side changes wait (with a warning, not a failure).
/// </summary>
internal static class DeployLatestPlanner
{
    public static Plan Plan(RemoteState state, DeployLatest intent)
    {
        var steps = new List<Step>(SharedSteps.EnsureLatestHolds(state, intent.Code));
        var notes = new List<string>();
        var warnings = new List<string>();
        notes.Add(steps.Count == 0 ? $"code: $LATEST already holds {intent.Code.CodeSha256}" : $"code: $LATEST holds {state.Latest.CodeSha256}, the package is {intent.Code.CodeSha256}");

        if (state.ReleaseInFlight)
        {
            var what = state.CertificationInProgress
                ? $"release {state.ReleaseInFlightTag ?? "(unknown)"} is in certification"
                : $"release {state.ReleaseInFlightTag ?? "(unknown)"} is in flight (the development endpoint is on alias {state.DevelopmentAlias!.Name})";
            warnings.Add($"{what}: the development stage is reserved for it, so skill.json and the interaction models were not pushed. Run deploy-latest again once await-certification has finished the release.");
        }
        else
        {
            var skillSteps = SharedSteps.SyncDevelopment(state, intent.Skill, state.FunctionArn);
            notes.Add(skillSteps.Count == 0 ? "skill: the development stage already holds skill-package/" : "skill: the development stage differs from skill-package/");
            steps.AddRange(skillSteps);
        }

        // Once this plan is applied the development stage runs this commit (unless a release holds it): recorded on
        // every run, so a run whose last write lost its response still ends with the record.
        IReadOnlyList<RecordOnGitHub> records = state.ReleaseInFlight
            ? []
            : [RecordOnGitHub.Deployment(new DeploymentRecord(DeploymentEnvironments.Development, intent.Code.Commit, DeploymentStates.Success, intent.Name))];
        return new Plan(steps) { Notes = notes, Warnings = warnings, Records = records };
    }
}
