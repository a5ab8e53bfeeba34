using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;

namespace SkillRelease.Release.Steps;

/// <summary>
/// Lets the Alexa Skills Kit invoke the alias for this skill only (principal alexa-appkit.amazon.com,
/// EventSourceToken = skill id). Planned before any endpoint points at the alias (invariant 3).
/// </summary>
public sealed record GrantAlexaTrigger(string Alias, string? PolicyRevisionId) : Step
{
    public override string Description => $"let Alexa invoke alias {Alias} for this skill (Alexa Skills Kit trigger)";

    public static string StatementIdFor(string alias) => $"alexa-skill-{alias}";

    public override Task ApplyAsync(StepContext context, CancellationToken cancellationToken) =>
        GrantAsync(context, Alias, StatementIdFor(Alias), PolicyRevisionId, cancellationToken);

    /// <summary>
    /// AddPermission for Alexa on <paramref name="qualifier"/> (null: the unqualified function). A 409 "statement id
    /// already exists" or a 412 after an attempt whose answer was lost is read back: if Alexa may invoke it for this
    /// skill now, that attempt landed.
    /// </summary>
    internal static Task GrantAsync(StepContext context, string? qualifier, string statementId, string? policyRevisionId, CancellationToken cancellationToken)
    {
        var lambda = context.Services.Lambda;
        return GuardedWrite.ApplyAsync(
            context,
            () => lambda.AddPermissionAsync(
                new AddPermissionRequest
                {
                    FunctionName = context.FunctionName,
                    Qualifier = qualifier,
                    StatementId = statementId,
                    Action = LambdaWire.InvokeFunctionAction,
                    Principal = LambdaWire.AlexaPrincipal,
                    EventSourceToken = context.SkillId,
                    RevisionId = policyRevisionId,
                },
                cancellationToken),
            async () => await AlexaCanInvokeAsync(context, qualifier, cancellationToken).ConfigureAwait(false),
            explain: null,
            $"the Alexa trigger on {qualifier ?? "the function"}");
    }

    private static async Task<bool> AlexaCanInvokeAsync(StepContext context, string? qualifier, CancellationToken cancellationToken)
    {
        try
        {
            var policy = await context.Services.Lambda.GetPolicyAsync(new GetPolicyRequest { FunctionName = context.FunctionName, Qualifier = qualifier }, cancellationToken).ConfigureAwait(false);
            return PolicyDocument.Parse(policy.Policy).Any(s => s.PrincipalService == LambdaWire.AlexaPrincipal && s.EventSourceToken == context.SkillId);
        }
        catch (LambdaException exception) when (exception.IsNotFound)
        {
            return false;
        }
    }
}
