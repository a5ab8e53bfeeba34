using SkillRelease.GitHub;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Release.Planning;

/// <summary>
/// await-certification, run on a schedule: cheap when nothing is pending. When a certification has ended it puts
/// the development endpoint back on $LATEST (the roles swap by themselves: live is whatever the live stage names)
/// and records the outcome. A failure is reported once: the issue and the red run happen while the development
/// endpoint still names the candidate, and the revert comes last, so a re-run after a crash repeats the report
/// (updating the one issue) and a re-run after success finds nothing to do.
/// </summary>
internal static class AwaitCertificationPlanner
{
    public static Plan Plan(RemoteState state, AwaitCertification intent)
    {
        var certification = state.LatestCertification;
        if (certification is null)
        {
            return Quiet("No certification has been submitted yet: nothing to wait for.");
        }

        var candidate = state.DevelopmentAlias;
        var tag = candidate?.Description.Release ?? state.CandidateAlias?.Description.Release ?? "the last release";
        var since = SharedSteps.Since(certification.SkillSubmissionTimestamp, intent.Now);
        switch (certification.Status)
        {
            case UpdateStatuses.InProgress:
                return Quiet($"{tag} is in certification{since}. Nothing to do until Amazon's review ends.");
            case UpdateStatuses.Succeeded:
                return Succeeded(state, intent, candidate, tag);
            default:
                return Failed(state, certification, candidate, tag);
        }
    }

    private static Plan Succeeded(RemoteState state, AwaitCertification intent, AliasState? candidate, string tag)
    {
        if (candidate is null)
        {
            return Quiet($"The last certification ({tag}) succeeded and has been finished: live runs alias {state.LiveAlias?.Name ?? "(none)"}.");
        }

        if (state.Live?.EndpointUri == candidate.AliasArn)
        {
            var steps = new List<Step>
            {
                RecordOnGitHub.Deployment(new DeploymentRecord(DeploymentEnvironments.Certification, tag, DeploymentStates.Success, $"{tag} passed certification")),
                RecordOnGitHub.Deployment(new DeploymentRecord(DeploymentEnvironments.Live, tag, DeploymentStates.Success, $"{tag} is live on alias {candidate.Name}")),
            };
            steps.AddRange(SharedSteps.PointDevelopmentAt(state, state.FunctionArn));
            return new Plan("await-certification", steps)
            {
                Notes = [$"{tag} passed certification and is live on alias {candidate.Name}: {candidate.Name} is now the live alias and {state.AliasNames.First(n => n != candidate.Name)} the candidate."],
            };
        }

        if (state.LatestPublication is { Status: UpdateStatuses.InProgress or "SCHEDULED" } publication)
        {
            return Quiet($"{tag} is certified and being published to live ({publication.Status}{(publication.PublishesAtDate is { } at ? $", for {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "")}). The next run finishes the release once the live stage names alias {candidate.Name}.");
        }

        if (state.Certified is not null || state.PublicationStatusIs(Stages.Certified, "CERTIFIED"))
        {
            return intent.Publish
                ? new Plan("await-certification", [new PublishCertifiedSkill()]) { Notes = [$"{tag} is certified; publishing it to live now. Run await-certification again to finish once it is live."] }
                : Quiet($"{tag} passed certification and awaits manual publishing: run await-certification --publish (or publish in the developer console).");
        }

        return Quiet($"{tag} passed certification; Amazon is publishing it to live. The next run finishes the release once the live stage names alias {candidate.Name}.");
    }

    private static Plan Failed(RemoteState state, CertificationReview certification, AliasState? candidate, string tag)
    {
        var outcome = certification.Status == UpdateStatuses.Cancelled ? "was withdrawn (cancelled)" : "failed";
        if (candidate is null)
        {
            return Quiet($"The last certification ({tag}) {outcome}; that has been handled already (the development endpoint is on $LATEST).");
        }

        var feedback = certification.ReviewFeedback ?? "SMAPI returned no reviewer feedback; see the certification email from Amazon for the reasons.";
        var steps = new List<Step>
        {
            RecordOnGitHub.Issue($"Certification {outcome}: {tag}", $"Alexa certification {certification.Id} of {tag} {outcome}.\n\nReviewer feedback:\n\n> {feedback.ReplaceLineEndings("\n> ")}\n\nThe development endpoint is back on $LATEST. Fix the problem on `beta`, then push a new tag: cut-release reuses alias `{candidate.Name}`."),
            RecordOnGitHub.Deployment(new DeploymentRecord(DeploymentEnvironments.Certification, tag, DeploymentStates.Failure, $"{tag} {outcome} certification")),
        };
        steps.AddRange(SharedSteps.PointDevelopmentAt(state, state.FunctionArn));
        return new Plan("await-certification", steps)
        {
            FailureAfterApply = $"Certification of {tag} {outcome}: {feedback} The development endpoint is back on $LATEST; fix the problem and cut a new release (it will reuse alias {candidate.Name}).",
        };
    }

    private static Plan Quiet(string note) => new("await-certification", []) { Notes = [note] };
}
