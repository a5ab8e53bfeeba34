using System.Text.Json.Nodes;
using SkillRelease.Release.Packages;
using SkillRelease.Smapi;

namespace SkillRelease.Release.Steps;

/// <summary>Replaces the development manifest, guarded by the ETag it was planned from.</summary>
public sealed record UpdateDevelopmentManifest(JsonObject Envelope, string? ETag, string Why) : Step
{
    public override string Description => $"update the development manifest: {Why}";

    public override Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var manifests = context.Services.Smapi.Manifest;
        return GuardedWrite.ApplyAsync(
            context,
            () => manifests.UpdateAsync(context.SkillId, Envelope, ETag, cancellationToken),
            async () => SkillDocuments.AreEquivalent(Envelope, (await manifests.GetAsync(context.SkillId, Stages.Development, cancellationToken).ConfigureAwait(false))?.Envelope),
            explain: null,
            "the development manifest");
    }
}
