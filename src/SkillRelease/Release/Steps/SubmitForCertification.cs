using SkillRelease.Release.Packages;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Release.Steps;

/// <summary>
/// Submits the development stage for certification. SMAPI's submit takes no guard, so the step checks its
/// preconditions itself, as late as it can (both reads in flight together, just before the submit): the newest
/// certification is read again (one in progress, or one submitted since this release was cut, means an earlier run
/// already submitted), and the development manifest is read again, because a concurrent await-certification may have
/// put the endpoint back on $LATEST since the plan was made, and submitting then would certify $LATEST instead of the
/// candidate alias.
/// </summary>
public sealed record SubmitForCertification(string Tag, string PublicationMethod, string CandidateEndpoint, DateTimeOffset CutAt) : Step
{
    public override string Description => $"submit {Tag} for certification ({PublicationMethod})";

    public override async Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var smapi = context.Services.Smapi;
        // Both checks read at once (one round trip, not two), and judged in order: an earlier submission first.
        var review = smapi.Certifications.GetReviewAsync(context.SkillId, SmapiWire.MostRecent, cancellationToken);
        var development = smapi.Manifest.GetAsync(context.SkillId, Stages.Development, cancellationToken);
        await Task.WhenAll(review, development).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var newest = await review.ConfigureAwait(false);
        if (newest?.Status == UpdateStatuses.InProgress || newest?.SkillSubmissionTimestamp >= CutAt)
        {
            context.Logger.LogInformationLine($"  certification {newest.Id} ({newest.Status}) was submitted after {Tag} was cut: not submitting again");
            return;
        }

        var manifest = await development.ConfigureAwait(false);
        var endpoint = ManifestEndpoint.Get(manifest?.Envelope);
        if (endpoint != CandidateEndpoint)
        {
            throw new StepFailedException(
                $"Not submitting {Tag}: the development endpoint is now {endpoint ?? "(none)"}, not the candidate {CandidateEndpoint}, so certification would review other code. Another run changed it meanwhile; run cut-release for {Tag} again: it points the endpoint back and submits.");
        }

        var id = await smapi.Certifications.SubmitAsync(context.SkillId, new SubmitSkillForCertificationRequest { PublicationMethod = PublicationMethod, VersionMessage = Tag }, cancellationToken).ConfigureAwait(false);
        context.Logger.LogInformationLine($"  certification {id} started");
    }
}
