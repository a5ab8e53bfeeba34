using SkillRelease.Lambda.Model;
using SkillRelease.Release.State;

namespace SkillRelease.Release.Steps;

/// <summary>
/// Lets the Alexa Skills Kit invoke the unqualified function (what the development endpoint names outside a
/// release) for this skill only. A fresh function has no trigger, and SMAPI refuses an endpoint without one.
/// </summary>
public sealed record GrantAlexaTriggerOnFunction(string? PolicyRevisionId) : Step
{
    public const string StatementId = "alexa-skill-function";

    public override string Description => "let Alexa invoke the function ($LATEST) for this skill (Alexa Skills Kit trigger)";

    public override string Replaces => "Lambda console → Add trigger → Alexa Skills Kit, paste the skill id (on the function itself)";

    public override async Task ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        await context.Services.Lambda.AddPermissionAsync(
            new AddPermissionRequest
            {
                FunctionName = context.FunctionName,
                StatementId = StatementId,
                Action = "lambda:InvokeFunction",
                Principal = RemoteObserver.AlexaPrincipal,
                EventSourceToken = context.SkillId,
                RevisionId = PolicyRevisionId,
            },
            cancellationToken).ConfigureAwait(false);
    }
}
