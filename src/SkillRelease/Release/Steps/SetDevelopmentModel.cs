using System.Text.Json.Nodes;

namespace SkillRelease.Release.Steps;

/// <summary>Replaces one locale's development interaction model, guarded by its ETag.</summary>
public sealed record SetDevelopmentModel(string Locale, JsonObject Envelope, string? ETag) : Step
{
    public override string Description => $"set the {Locale} interaction model on the development stage";

    public override string Replaces => "CodeBuild ran deploy_tools.py -i to update the interaction model";

    public override Task ApplyAsync(StepContext context, CancellationToken cancellationToken) =>
        context.Services.Smapi.InteractionModel.SetAsync(context.SkillId, Locale, Envelope, ETag, cancellationToken);
}
