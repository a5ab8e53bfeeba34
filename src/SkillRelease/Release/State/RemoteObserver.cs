using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Release.State;

/// <summary>
/// Reads the remote state with no writes, in one wave: every read is started before any answer is awaited, because
/// against AWS and Amazon each round trip costs tens to hundreds of milliseconds and what decides a task's speed is how
/// many calls it makes one after another (issue 15). Nothing read here depends on another read's answer: the alias
/// policies are asked for by the configured alias names (404 when an alias or its policy does not exist yet), and a
/// stage's models beside its manifest. So Lambda costs one round trip and SMAPI two (the LWA token, then the reads).
/// </summary>
public sealed class RemoteObserver(ReleaseServices services)
{
    public async Task<RemoteState> ObserveAsync(IReadOnlyList<string> locales, CancellationToken cancellationToken)
    {
        var settings = services.Settings;
        var function = FunctionAsync(cancellationToken);
        var development = StageAsync(Stages.Development, locales, cancellationToken);
        var versions = services.Lambda.ListVersionsByFunctionAsync(new ListVersionsByFunctionRequest { FunctionName = settings.FunctionName }, cancellationToken);
        var aliases = services.Lambda.ListAliasesAsync(new ListAliasesRequest { FunctionName = settings.FunctionName }, cancellationToken);
        var functionPermission = AlexaPermissionAsync(qualifier: null, cancellationToken);
        var aliasPermissions = settings.Aliases.ToDictionary(name => name, name => AlexaPermissionAsync(name, cancellationToken), StringComparer.Ordinal);
        var live = StageAsync(Stages.Live, locales, cancellationToken);
        var certified = StageAsync(Stages.Certified, locales, cancellationToken);
        var certification = services.Smapi.Certifications.GetReviewAsync(settings.SkillId, SmapiWire.MostRecent, cancellationToken);
        var summaries = services.Smapi.Skills.ListAsync(settings.VendorId, settings.SkillId, cancellationToken);
        var skillVersions = services.Smapi.Versions.ListAsync(settings.SkillId, cancellationToken);
        var publication = services.Smapi.Publications.GetLatestAsync(settings.SkillId, cancellationToken);
        Task[] wave = [function, development, versions, aliases, functionPermission, .. aliasPermissions.Values, live, certified, certification, summaries, skillVersions, publication];
        // Failures are reported below, one read at a time, in an order chosen for the reader, not in the order they arrived.
        await Task.WhenAll(wave).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        // First what the settings name: a wrong function or skill id is reported as such, not as whatever a later call says.
        var latest = await function.ConfigureAwait(false);
        var developmentStage = await development.ConfigureAwait(false)
            ?? throw new RemoteStateException($"The skill {settings.SkillId} has no development stage that vendor {settings.VendorId} can read: check ALEXA_SKILL_ID and ASK_VENDOR_ID.");
        var certifiedStage = await certified.ConfigureAwait(false);
        var (functionCanInvoke, functionPolicyRevision, _) = await functionPermission.ConfigureAwait(false);
        return new RemoteState
        {
            FunctionArn = LambdaWire.UnqualifiedArn(latest.FunctionArn),
            Latest = latest,
            FunctionAlexaCanInvoke = functionCanInvoke,
            FunctionPolicyRevisionId = functionPolicyRevision,
            Versions = (await versions.ConfigureAwait(false)).Versions.Where(v => v.Version != LambdaWire.LatestVersion).ToList(),
            Aliases = await AliasesAsync(await aliases.ConfigureAwait(false), aliasPermissions).ConfigureAwait(false),
            AliasNames = settings.Aliases,
            Development = developmentStage,
            Live = await live.ConfigureAwait(false),
            Certified = certifiedStage,
            // Only a skill with a certified stage has publications to speak of: read beside the rest, kept only then.
            LatestPublication = certifiedStage is null ? null : await publication.ConfigureAwait(false),
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

    private async Task<IReadOnlyList<AliasState>> AliasesAsync(
        ListAliasesResponse all,
        Dictionary<string, Task<(bool CanInvoke, string? RevisionId, string? ForeignToken)>> permissions)
    {
        var settings = services.Settings;
        var states = new List<AliasState>();
        // In the configured order (blue, then green), whatever order Lambda listed them in.
        foreach (var name in settings.Aliases)
        {
            if (all.Aliases.FirstOrDefault(a => a.Name == name) is not { } alias)
            {
                continue;
            }

            var trigger = await permissions[name].ConfigureAwait(false);
            states.Add(AliasState.From(alias, trigger.CanInvoke, trigger.RevisionId) with { ForeignTriggerToken = trigger.ForeignToken });
        }

        return states;
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
            var canInvoke = statements.Any(s => s.PrincipalService == LambdaWire.AlexaPrincipal && s.EventSourceToken == services.Settings.SkillId);
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
        // The models beside the manifest, not after it; whatever they answer for a stage without a manifest is not used.
        var manifest = services.Smapi.Manifest.GetAsync(skillId, stage, cancellationToken);
        var models = Task.WhenAll(locales.Select(async locale =>
            (Locale: locale, Model: await services.Smapi.InteractionModel.GetAsync(skillId, stage, locale, cancellationToken).ConfigureAwait(false))));
        await Task.WhenAll(manifest, models).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (await manifest.ConfigureAwait(false) is not { } document)
        {
            return null;
        }

        return new StageState(stage, document, (await models.ConfigureAwait(false)).Where(m => m.Model is not null).ToDictionary(m => m.Locale, m => m.Model!));
    }
}
