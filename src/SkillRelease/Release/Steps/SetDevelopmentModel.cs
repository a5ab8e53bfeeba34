using System.Text.Json.Nodes;
using SkillRelease.Release.Packages;
using SkillRelease.Smapi;

namespace SkillRelease.Release.Steps;

/// <summary>Replaces one locale's development interaction model, guarded by its ETag.</summary>
public sealed record SetDevelopmentModel(string Locale, JsonObject Envelope, string? ETag) : Step
{
    public override string Description => $"set the {Locale} interaction model on the development stage";

    public override Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var models = context.Services.Smapi.InteractionModel;
        return GuardedWrite.ApplyAsync(
            context,
            () => models.SetAsync(context.SkillId, Locale, Envelope, ETag, cancellationToken),
            async () => SkillDocuments.AreEquivalent(Envelope, (await models.GetAsync(context.SkillId, Stages.Development, Locale, cancellationToken).ConfigureAwait(false))?.Envelope),
            explain: null,
            $"the {Locale} interaction model");
    }
}
