namespace SkillRelease.Release.Steps;

/// <summary>Publishes a skill certified with MANUAL_PUBLISHING to the live stage.</summary>
public sealed record PublishCertifiedSkill : Step
{
    public override string Description => "publish the certified skill to live";

    public override async Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var publication = await context.Services.Smapi.Publications.PublishAsync(context.SkillId, cancellationToken).ConfigureAwait(false);
        context.Logger.LogInformationLine($"  publication {publication.Status}");
    }
}
