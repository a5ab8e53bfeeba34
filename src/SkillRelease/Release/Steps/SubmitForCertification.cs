using SkillRelease.Smapi.Model;

namespace SkillRelease.Release.Steps;

/// <summary>
/// Submits the development stage for certification. A submit is never repeated blindly: just before it, the
/// newest certification is read again, and an in-progress one means an earlier run already submitted.
/// </summary>
public sealed record SubmitForCertification(string Tag, string PublicationMethod) : Step
{
    public override string Description => $"submit {Tag} for certification ({PublicationMethod})";

    public override string Replaces => "Alexa console → Certification → Submit for review";

    public override async Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var certifications = context.Services.Smapi.Certifications;
        var newest = await certifications.GetReviewAsync(context.SkillId, "mostRecent", cancellationToken).ConfigureAwait(false);
        if (newest?.Status == UpdateStatuses.InProgress)
        {
            context.Logger.LogInformationLine($"  certification {newest.Id} is already in progress: not submitting again");
            return;
        }

        var id = await certifications.SubmitAsync(context.SkillId, new SubmitSkillForCertificationRequest { PublicationMethod = PublicationMethod, VersionMessage = Tag }, cancellationToken).ConfigureAwait(false);
        context.Logger.LogInformationLine($"  certification {id} started");
    }
}
