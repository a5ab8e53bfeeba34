namespace SkillRelease.Release.Steps;

/// <summary>
/// Lets the Alexa Skills Kit invoke the unqualified function (what the development endpoint names outside a
/// release) for this skill only. A fresh function has no trigger, and SMAPI refuses an endpoint without one.
/// </summary>
public sealed record GrantAlexaTriggerOnFunction(string? PolicyRevisionId) : Step
{
    public const string StatementId = "alexa-skill-function";

    public override string Description => "let Alexa invoke the function ($LATEST) for this skill (Alexa Skills Kit trigger)";

    public override Task ApplyAsync(StepContext context, CancellationToken cancellationToken) =>
        GrantAlexaTrigger.GrantAsync(context, qualifier: null, StatementId, PolicyRevisionId, cancellationToken);
}
