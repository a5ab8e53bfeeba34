using SkillRelease.GitHub;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Release.Planning;

/// <summary>
/// cut-release: publish the commit's code as a version, point the candidate alias (the one live does not use) at
/// it, make sure Alexa may invoke that alias before anything points at it, point the development endpoint at it,
/// validate, submit. Re-running with the same tag resumes; another tag is refused while a release is in flight.
/// </summary>
internal static class CutReleasePlanner
{
    /// <summary>How long a cut that has not reached submission holds the candidate alias against another tag.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(30);

    public static Plan Plan(RemoteState state, CutRelease intent)
    {
        var tag = intent.Tag.Value;
        if (AlreadySubmitted(state, intent) is { } done)
        {
            return done;
        }

        if (state.CertificationInProgress)
        {
            var inReview = state.ReleaseInFlightTag ?? "a release";
            if (inReview == tag)
            {
                // An alias cut before cut times were recorded: the review in progress is this tag's.
                return Unchanged($"{tag} is already in certification{SharedSteps.Since(state.LatestCertification?.SkillSubmissionTimestamp, intent.Now)}: nothing to do.");
            }

            throw new ReleaseRefusedException($"{inReview} is in certification{SharedSteps.Since(state.LatestCertification?.SkillSubmissionTimestamp, intent.Now)}: {tag} can be cut once await-certification has finished it (or after withdrawing it in the developer console).");
        }

        if (state.DevelopmentAlias is { } inFlight && inFlight.Description.Release != tag)
        {
            throw new ReleaseRefusedException($"Release {inFlight.Description.Release ?? "(unknown)"} is in flight: the development endpoint points at alias {inFlight.Name}. Finish it first (cut-release for {inFlight.Description.Release} resumes it; await-certification ends it), then cut {tag}.");
        }

        RefuseWhileAnotherCutHoldsTheCandidate(state, intent);
        var steps = new List<Step>(SharedSteps.EnsureLatestHolds(state, intent.Code));
        var version = SharedSteps.VersionHolding(state, intent.Code, AliasDescription.ForVersion(tag, intent.Now, intent.Code.ShortCommit), steps);

        var candidate = state.CandidateAlias;
        var name = state.CandidateAliasName;
        // A resumed cut keeps its start time: the lease runs from the first attempt, and the alias need not move again.
        var cutAt = candidate?.Description.Release == tag ? candidate.Description.Cut ?? intent.Now : intent.Now;
        var description = new AliasDescription(tag, Previous: state.LiveAlias?.FunctionVersion, Cut: cutAt).ToString();
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
            SharedSteps.RefuseWhenTheTriggerStatementIsTaken(state, candidate);
            steps.Add(new GrantAlexaTrigger(name, candidate?.PolicyRevisionId));
        }

        steps.AddRange(SharedSteps.SyncDevelopment(state, intent.Skill, state.AliasArn(name)));
        steps.Add(new ValidateSkill(intent.Skill.Locales));
        steps.Add(new SubmitForCertification(tag, intent.PublicationMethod, state.AliasArn(name), cutAt));

        var notes = new List<string> { $"candidate alias: {name}{(state.LiveAlias is { } live ? $" (live is {live.Name} on version {live.FunctionVersion})" : " (first release: nothing is live yet)")}" };
        return new Plan(steps) { Notes = notes, Records = InReview(tag, name, cutAt, intent) };
    }

    /// <summary>What the ledger holds once the tag is in review: written by the run that submits, and by any re-run
    /// while the review lasts (a lost submit response must not leave the ledger without them).</summary>
    private static IReadOnlyList<RecordOnGitHub> InReview(string tag, string alias, DateTimeOffset cutAt, CutRelease intent) =>
    [
        RecordOnGitHub.Deployment(new DeploymentRecord(DeploymentEnvironments.Certification, tag, DeploymentStates.InProgress, $"{tag} submitted for certification on alias {alias}")),
        RecordOnGitHub.ReleaseNote(tag, $"Boston Info {tag}", $"Submitted for Alexa certification on {cutAt.UtcDateTime:yyyy-MM-dd} from commit {intent.Code.ShortCommit}. Candidate alias: {alias}. Code: {intent.Code.CodeSha256}."),
    ];

    /// <summary>
    /// A tag is submitted once. When an alias carries it and the latest certification reviews that cut (submitted
    /// after it), the tag is in review, certified, live, failed or withdrawn: cutting it again would take the other
    /// alias and submit a second certification. So the run says where the tag stands and changes nothing.
    /// </summary>
    private static Plan? AlreadySubmitted(RemoteState state, CutRelease intent)
    {
        var tag = intent.Tag.Value;
        var alias = state.Aliases.FirstOrDefault(a => a.Description.Release == tag && a.Description.Cut is not null);
        if (state.LiveAlias is { } live && live.Description.Release == tag && (alias is null || alias == live))
        {
            return Unchanged($"{tag} is live on alias {live.Name} (version {live.FunctionVersion}): nothing to cut. A new release needs a new tag.");
        }

        if (alias is null || state.CertificationOf(alias) is not { } review)
        {
            return null;
        }

        var since = SharedSteps.Since(review.SkillSubmissionTimestamp, intent.Now);
        return review.Status switch
        {
            UpdateStatuses.InProgress => Unchanged($"{tag} is already in certification{since}: nothing to do.") with
            {
                Records = InReview(tag, alias.Name, alias.Description.Cut!.Value, intent),
            },
            UpdateStatuses.Succeeded => Unchanged($"{tag} passed certification (submitted{since}) and goes live on alias {alias.Name}: nothing to cut; await-certification finishes it."),
            UpdateStatuses.Cancelled => Unchanged($"{tag} was withdrawn from certification (submitted{since}): a tag is submitted once. Push a new tag (cut-release reuses alias {alias.Name})."),
            _ => Unchanged($"{tag} failed certification (submitted{since}): a failed tag is not cut again. Fix the problem and push a new tag (cut-release reuses alias {alias.Name})."),
        };
    }

    private static Plan Unchanged(string note) => new([]) { Notes = [note] };

    /// <summary>
    /// Two cuts racing: the first write of a cut (the candidate alias, guarded by its RevisionId) lets only one of
    /// two runs that planned from the same state through. A run that starts a moment later sees the alias already
    /// carrying another tag, cut recently and not submitted since: that is a cut in progress, and moving the alias
    /// under it would interleave the two. The lease expires, so a cut that died is taken over after a while; a
    /// candidate left by a finished (failed or withdrawn) certification is free at once.
    /// </summary>
    private static void RefuseWhileAnotherCutHoldsTheCandidate(RemoteState state, CutRelease intent)
    {
        if (state.CandidateAlias is not { Description: { Release: { } other, Cut: { } cutAt } } candidate || other == intent.Tag.Value)
        {
            return;
        }

        var submittedSince = state.LatestCertification?.SkillSubmissionTimestamp >= cutAt;
        if (!submittedSince && intent.Now - cutAt < Lease)
        {
            throw new ReleaseRefusedException(
                $"Release {other} is being cut right now (started {cutAt.UtcDateTime:HH:mm:ss} UTC on alias {candidate.Name}): one release at a time. Let it finish; if that run died, re-run cut-release for {other}, or cut {intent.Tag} after {(cutAt + Lease).UtcDateTime:HH:mm} UTC.");
        }
    }
}
