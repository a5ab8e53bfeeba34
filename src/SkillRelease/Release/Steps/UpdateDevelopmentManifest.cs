using System.Text.Json.Nodes;

namespace SkillRelease.Release.Steps;

/// <summary>Replaces the development manifest, guarded by the ETag it was planned from.</summary>
public sealed record UpdateDevelopmentManifest(JsonObject Envelope, string? ETag, string Why) : Step
{
    public override string Description => $"update the development manifest: {Why}";

    public override string Replaces => "Alexa console → Endpoint → edit the Default Region ARN (or deploy_tools.py -i)";

    public override Task ApplyAsync(StepContext context, CancellationToken cancellationToken) =>
        context.Services.Smapi.Manifest.UpdateAsync(context.SkillId, Envelope, ETag, cancellationToken);
}
