using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Release.State;

/// <summary>Reads the remote state in one pass, concurrently, with no writes.</summary>
public sealed class RemoteObserver(ReleaseServices services)
{
    public const string AlexaPrincipal = "alexa-appkit.amazon.com";

    public async Task<RemoteState> ObserveAsync(IReadOnlyList<string> locales, CancellationToken cancellationToken)
    {
        var settings = services.Settings;
        // First what the settings name: a wrong function or skill id is reported as such, not as whatever a later call says.
        var function = FunctionAsync(cancellationToken);
        var development = StageAsync(Stages.Development, locales, cancellationToken);
        await Task.WhenAll(function, development).ConfigureAwait(false);
        var developmentStage = await development.ConfigureAwait(false)
            ?? throw new RemoteStateException($"The skill {settings.SkillId} has no development stage that vendor {settings.VendorId} can read: check ALEXA_SKILL_ID and ASK_VENDOR_ID.");

        var versions = services.Lambda.ListVersionsByFunctionAsync(new ListVersionsByFunctionRequest { FunctionName = settings.FunctionName }, cancellationToken);
        var aliases = AliasesAsync(cancellationToken);
        var functionPermission = AlexaPermissionAsync(qualifier: null, cancellationToken);
        var live = StageAsync(Stages.Live, locales, cancellationToken);
        var certified = StageAsync(Stages.Certified, locales, cancellationToken);
        var certification = services.Smapi.Certifications.GetReviewAsync(settings.SkillId, "mostRecent", cancellationToken);
        var summaries = services.Smapi.Skills.ListAsync(settings.VendorId, settings.SkillId, cancellationToken);
        var skillVersions = services.Smapi.Versions.ListAsync(settings.SkillId, cancellationToken);
        await Task.WhenAll(versions, aliases, functionPermission, live, certified, certification, summaries, skillVersions).ConfigureAwait(false);

        var latest = await function.ConfigureAwait(false);
        var certifiedStage = await certified.ConfigureAwait(false);
        var (functionCanInvoke, functionPolicyRevision, _) = await functionPermission.ConfigureAwait(false);
        var publication = certifiedStage is null ? null : await services.Smapi.Publications.GetLatestAsync(settings.SkillId, cancellationToken).ConfigureAwait(false);
        return new RemoteState
        {
            FunctionArn = Unqualified(latest.FunctionArn),
            Latest = latest,
            FunctionAlexaCanInvoke = functionCanInvoke,
            FunctionPolicyRevisionId = functionPolicyRevision,
            Versions = (await versions.ConfigureAwait(false)).Versions.Where(v => v.Version != "$LATEST").ToList(),
            Aliases = await aliases.ConfigureAwait(false),
            AliasNames = settings.Aliases,
            Development = developmentStage,
            Live = await live.ConfigureAwait(false),
            Certified = certifiedStage,
            LatestPublication = publication,
            LatestCertification = await certification.ConfigureAwait(false),
            Summaries = await summaries.ConfigureAwait(false),
            SkillVersions = await skillVersions.ConfigureAwait(false),
        };
    }

    private async Task<FunctionConfiguration> FunctionAsync(CancellationToken cancellationToken)
    {
        var name = services.Settings.FunctionName;
        try
        {
            return (await services.Lambda.GetFunctionAsync(new GetFunctionRequest { FunctionName = name }, cancellationToken).ConfigureAwait(false)).Configuration;
        }
        catch (LambdaException exception) when (exception.IsNotFound)
        {
            throw new RemoteStateException($"The Lambda function {name} does not exist in {services.Settings.Region}: check LAMBDA_FUNCTION_NAME and AWS_REGION (docs/setup.md shows how to create it).");
        }
    }

    private async Task<IReadOnlyList<AliasState>> AliasesAsync(CancellationToken cancellationToken)
    {
        var settings = services.Settings;
        var all = await services.Lambda.ListAliasesAsync(new ListAliasesRequest { FunctionName = settings.FunctionName }, cancellationToken).ConfigureAwait(false);
        var ours = all.Aliases.Where(a => settings.Aliases.Contains(a.Name)).ToList();
        var states = await Task.WhenAll(ours.Select(async alias =>
        {
            var trigger = await AlexaPermissionAsync(alias.Name, cancellationToken).ConfigureAwait(false);
            return AliasState.From(alias, trigger.CanInvoke, trigger.RevisionId) with { ForeignTriggerToken = trigger.ForeignToken };
        })).ConfigureAwait(false);
        // In the configured order (blue, then green), whatever order Lambda listed them in.
        return settings.Aliases.SelectMany(name => states.Where(a => a.Name == name)).ToList();
    }

    /// <summary>
    /// Whether the alias's policy lets Alexa invoke it for this skill, and, when the statement id the pipeline uses
    /// is taken by a statement for something else, what that statement allows (AddPermission would answer 409
    /// forever, and the remedy is a person's decision, not a retry).
    /// </summary>
    private async Task<(bool CanInvoke, string? RevisionId, string? ForeignToken)> AlexaPermissionAsync(string? qualifier, CancellationToken cancellationToken)
    {
        try
        {
            var policy = await services.Lambda.GetPolicyAsync(new GetPolicyRequest { FunctionName = services.Settings.FunctionName, Qualifier = qualifier }, cancellationToken).ConfigureAwait(false);
            var statements = PolicyDocument.Parse(policy.Policy);
            var canInvoke = statements.Any(s => s.PrincipalService == AlexaPrincipal && s.EventSourceToken == services.Settings.SkillId);
            var ours = qualifier is null ? GrantAlexaTriggerOnFunction.StatementId : GrantAlexaTrigger.StatementIdFor(qualifier);
            var taken = statements.FirstOrDefault(s => s.Sid == ours);
            var foreign = !canInvoke && taken is not null ? taken.EventSourceToken ?? taken.PrincipalService ?? "another principal" : null;
            return (canInvoke, policy.RevisionId, foreign);
        }
        catch (LambdaException exception) when (exception.IsNotFound)
        {
            return (false, null, null);
        }
    }

    private async Task<StageState?> StageAsync(string stage, IReadOnlyList<string> locales, CancellationToken cancellationToken)
    {
        var skillId = services.Settings.SkillId;
        var manifest = await services.Smapi.Manifest.GetAsync(skillId, stage, cancellationToken).ConfigureAwait(false);
        if (manifest is null)
        {
            return null;
        }

        var models = await Task.WhenAll(locales.Select(async locale =>
            (Locale: locale, Model: await services.Smapi.InteractionModel.GetAsync(skillId, stage, locale, cancellationToken).ConfigureAwait(false)))).ConfigureAwait(false);
        return new StageState(stage, manifest, models.Where(m => m.Model is not null).ToDictionary(m => m.Locale, m => m.Model!));
    }

    private static string Unqualified(string functionArn)
    {
        // arn:aws:lambda:region:account:function:name[:qualifier]
        var parts = functionArn.Split(':');
        return parts.Length > 7 ? string.Join(':', parts[..7]) : functionArn;
    }
}
