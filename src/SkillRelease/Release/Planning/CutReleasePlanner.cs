using SkillRelease.GitHub;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;

namespace SkillRelease.Release.Planning;

/// <summary>
/// cut-release: publish the commit's code as a version, point the candidate alias (the one live does not use) at
/// it, make sure Alexa may invoke that alias before anything points at it, point the development endpoint at it,
/// validate, submit. Re-running with the same tag resumes; another tag is refused while a release is in flight.
/// </summary>
internal static class CutReleasePlanner
{
    public static Plan Plan(RemoteState state, CutRelease intent)
    {
        var tag = intent.Tag.Value;
        if (state.CertificationInProgress)
        {
            var inReview = state.ReleaseInFlightTag ?? "a release";
            if (inReview == tag)
            {
                return new Plan("cut-release", []) { Notes = [$"{tag} is already in certification{SharedSteps.Since(state.LatestCertification?.SkillSubmissionTimestamp, intent.Now)}: nothing to do."] };
            }

            throw new ReleaseRefusedException($"{inReview} is in certification{SharedSteps.Since(state.LatestCertification?.SkillSubmissionTimestamp, intent.Now)}: {tag} can be cut once await-certification has finished it (or after withdrawing it in the developer console).");
        }

        if (state.DevelopmentAlias is { } inFlight && inFlight.Description.Release != tag)
        {
            throw new ReleaseRefusedException($"Release {inFlight.Description.Release ?? "(unknown)"} is in flight: the development endpoint points at alias {inFlight.Name}. Finish it first (cut-release --tag {inFlight.Description.Release} resumes it; await-certification ends it), then cut {tag}.");
        }

        var steps = new List<Step>(SharedSteps.EnsureLatestHolds(state, intent.Code));
        var version = SharedSteps.VersionHolding(state, intent.Code, AliasDescription.ForVersion(tag, intent.Now, intent.Code.ShortCommit), steps);

        var candidate = state.CandidateAlias;
        var name = state.CandidateAliasName;
        var description = new AliasDescription(tag, Previous: state.LiveAlias?.FunctionVersion).ToString();
        if (candidate is null)
        {
            steps.Add(new PointAlias(name, version, description, Create: true, RevisionId: null));
        }
        else if (candidate.FunctionVersion != version.Number || candidate.Description.ToString() != description || candidate.IsWeighted)
        {
            steps.Add(new PointAlias(name, version, description, Create: false, candidate.RevisionId));
        }

        if (candidate?.AlexaCanInvoke != true)
        {
            steps.Add(new GrantAlexaTrigger(name, candidate?.PolicyRevisionId));
        }

        steps.AddRange(SharedSteps.SyncDevelopment(state, intent.Skill, state.AliasArn(name)));
        steps.Add(new ValidateSkill(intent.Skill.Locales));
        steps.Add(new SubmitForCertification(tag, intent.PublicationMethod));
        steps.Add(RecordOnGitHub.Deployment(new DeploymentRecord(DeploymentEnvironments.Certification, tag, DeploymentStates.InProgress, $"{tag} submitted for certification on alias {name}")));
        steps.Add(RecordOnGitHub.ReleaseNote(tag, $"Boston Info {tag}", $"Submitted for Alexa certification on {intent.Now.UtcDateTime:yyyy-MM-dd} from commit {intent.Code.ShortCommit}. Candidate alias: {name}. Code: {intent.Code.CodeSha256}."));

        var notes = new List<string> { $"candidate alias: {name}{(state.LiveAlias is { } live ? $" (live is {live.Name} on version {live.FunctionVersion})" : " (first release: nothing is live yet)")}" };
        return new Plan("cut-release", steps) { Notes = notes };
    }
}
