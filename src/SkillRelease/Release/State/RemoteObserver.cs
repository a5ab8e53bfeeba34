using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;
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
        await Task.WhenAll(versions, aliases, functionPermission, live, certified, certification, summaries).ConfigureAwait(false);

        var latest = await function.ConfigureAwait(false);
        var certifiedStage = await certified.ConfigureAwait(false);
        var (functionCanInvoke, functionPolicyRevision) = await functionPermission.ConfigureAwait(false);
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
            var (canInvoke, revision) = await AlexaPermissionAsync(alias.Name, cancellationToken).ConfigureAwait(false);
            return AliasState.From(alias, canInvoke, revision);
        })).ConfigureAwait(false);
        // In the configured order (blue, then green), whatever order Lambda listed them in.
        return settings.Aliases.SelectMany(name => states.Where(a => a.Name == name)).ToList();
    }

    private async Task<(bool CanInvoke, string? RevisionId)> AlexaPermissionAsync(string? qualifier, CancellationToken cancellationToken)
    {
        try
        {
            var policy = await services.Lambda.GetPolicyAsync(new GetPolicyRequest { FunctionName = services.Settings.FunctionName, Qualifier = qualifier }, cancellationToken).ConfigureAwait(false);
            var canInvoke = PolicyDocument.Parse(policy.Policy).Any(s => s.PrincipalService == AlexaPrincipal && s.EventSourceToken == services.Settings.SkillId);
            return (canInvoke, policy.RevisionId);
        }
        catch (LambdaException exception) when (exception.IsNotFound)
        {
            return (false, null);
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
