using SkillRelease.GitHub;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Release.Planning;

/// <summary>
/// await-certification, run on a schedule: cheap when nothing is pending. When a certification has ended it puts
/// the development endpoint back on $LATEST (the roles swap by themselves: live is whatever the live stage names)
/// and records the outcome. Only a review of the release on the development alias counts: one submitted before that
/// release was cut reviewed an earlier release, however recent it is. The ledger records are planned from the state
/// on every run, so a record lost with a crash or a lost response is written by the next run, never twice.
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
        if (candidate is not null && state.CertificationOf(candidate) is null)
        {
            var release = candidate.Description.Release ?? "a release";
            return Quiet($"{release} is cut onto alias {candidate.Name} but not submitted yet: the most recent certification{SharedSteps.Since(certification.SkillSubmissionTimestamp, intent.Now)} reviewed an earlier release. Run cut-release for {release} to finish the cut.");
        }

        var since = SharedSteps.Since(certification.SkillSubmissionTimestamp, intent.Now);
        switch (certification.Status)
        {
            case UpdateStatuses.InProgress:
                var tag = state.ReleaseInFlightTag ?? "a release";
                return Quiet($"{tag} is in certification{since}. Nothing to do until Amazon's review ends.") with { Records = InReview(tag, state.ReleaseInFlightTag) };
            case UpdateStatuses.Succeeded:
                return Succeeded(state, intent, candidate);
            default:
                return Failed(state, certification, candidate);
        }
    }

    private static IReadOnlyList<RecordOnGitHub> InReview(string tag, string? knownTag) => knownTag is null
        ? []
        : [RecordOnGitHub.Deployment(new DeploymentRecord(DeploymentEnvironments.Certification, tag, DeploymentStates.InProgress, $"{tag} submitted for certification"))];

    private static Plan Succeeded(RemoteState state, AwaitCertification intent, AliasState? candidate)
    {
        if (candidate is null)
        {
            var live = state.LiveAlias;
            var finished = live is not null && state.CertificationOf(live) is not null ? live.Description.Release : null;
            return Quiet($"The last certification ({finished ?? "of an earlier release"}) succeeded and has been finished: live runs alias {live?.Name ?? "(none)"}.")
                with
            { Records = finished is null ? [] : WentLive(finished, live!) };
        }

        var tag = candidate.Description.Release ?? "the release";
        if (state.Live?.EndpointUri == candidate.AliasArn)
        {
            return new Plan(SharedSteps.PointDevelopmentAt(state, state.FunctionArn))
            {
                Notes = [$"{tag} passed certification and is live on alias {candidate.Name}: {candidate.Name} is now the live alias and {state.AliasNames.First(n => n != candidate.Name)} the candidate."],
                Records = WentLive(tag, candidate),
            };
        }

        if (state.LatestPublication is { Status: UpdateStatuses.InProgress or UpdateStatuses.Scheduled } publication)
        {
            return Quiet($"{tag} is certified and being published to live ({publication.Status}{(publication.PublishesAtDate is { } at ? $", for {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "")}). The next run finishes the release once the live stage names alias {candidate.Name}.");
        }

        if (state.Certified is not null || state.PublicationStatusIs(Stages.Certified, PublicationStatuses.Certified))
        {
            return intent.Publish
                ? new Plan([new PublishCertifiedSkill()]) { Notes = [$"{tag} is certified; publishing it to live now. Run await-certification again to finish once it is live."] }
                : Quiet($"{tag} passed certification and awaits manual publishing: run await-certification asking it to publish (or publish in the developer console).");
        }

        return Quiet($"{tag} passed certification; Amazon is publishing it to live. The next run finishes the release once the live stage names alias {candidate.Name}.");
    }

    private static IReadOnlyList<RecordOnGitHub> WentLive(string tag, AliasState alias) =>
    [
        RecordOnGitHub.Deployment(new DeploymentRecord(DeploymentEnvironments.Certification, tag, DeploymentStates.Success, $"{tag} passed certification")),
        RecordOnGitHub.Deployment(new DeploymentRecord(DeploymentEnvironments.Live, tag, DeploymentStates.Success, $"{tag} is live on alias {alias.Name}")),
    ];

    private static Plan Failed(RemoteState state, CertificationReview certification, AliasState? candidate)
    {
        var outcome = certification.Status == UpdateStatuses.Cancelled ? "was withdrawn (cancelled)" : "failed";
        if (candidate is null)
        {
            // Handled already: the records are written again only if they went missing (the ledger finds before it writes).
            var reviewed = state.CandidateAlias is { Description.Cut: not null } cut && state.CertificationOf(cut) is not null ? cut : null;
            return Quiet($"The last certification ({reviewed?.Description.Release ?? "of an earlier release"}) {outcome}; that has been handled already (the development endpoint is on $LATEST).")
                with
            { Records = reviewed?.Description.Release is { } handled ? FailureRecords(certification, handled, reviewed.Name, outcome) : [] };
        }

        var tag = candidate.Description.Release ?? "the release";
        return new Plan(SharedSteps.PointDevelopmentAt(state, state.FunctionArn))
        {
            Records = FailureRecords(certification, tag, candidate.Name, outcome),
            FailureAfterApply = $"Certification of {tag} {outcome}: {Feedback(certification)} The development endpoint is back on $LATEST; fix the problem and cut a new release (it will reuse alias {candidate.Name}).",
        };
    }

    private static IReadOnlyList<RecordOnGitHub> FailureRecords(CertificationReview certification, string tag, string alias, string outcome) =>
    [
        RecordOnGitHub.Issue($"Certification {outcome}: {tag}", $"Alexa certification {certification.Id} of {tag} {outcome}.\n\nReviewer feedback:\n\n> {Feedback(certification).ReplaceLineEndings("\n> ")}\n\nThe development endpoint is back on $LATEST. Fix the problem on `beta`, then push a new tag: cut-release reuses alias `{alias}`."),
        RecordOnGitHub.Deployment(new DeploymentRecord(DeploymentEnvironments.Certification, tag, DeploymentStates.Failure, $"{tag} {outcome} certification")),
    ];

    private static string Feedback(CertificationReview certification) =>
        certification.ReviewFeedback ?? "SMAPI returned no reviewer feedback; see the certification email from Amazon for the reasons.";

    private static Plan Quiet(string note) => new([]) { Notes = [note] };
}
