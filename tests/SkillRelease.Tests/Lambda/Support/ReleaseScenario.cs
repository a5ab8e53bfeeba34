using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;

namespace SkillRelease.Tests.Lambda.Support;

/// <summary>
/// The Lambda half of a release, as the engine will run it: upload, wait, publish (guarded by the uploaded hash),
/// a configuration change, again for a second version, a canary alias, its trigger permission, reads of everything, then clean-up.
/// Run unchanged against moto and against the simulator.
/// </summary>
internal static class ReleaseScenario
{
    public const string SkillId = "amzn1.ask.skill.00000000-0000-4000-8000-000000000311";

    public static async Task<ReleaseOutcome> RunAsync(ILambdaClient lambda, string functionName, CancellationToken cancellationToken)
    {
        var first = await UploadAndPublishAsync(lambda, functionName, "1.0.0", cancellationToken);
        var configured = await lambda.UpdateFunctionConfigurationAsync(
            new()
            {
                FunctionName = functionName, MemorySize = 256, Timeout = 9,
                Environment = new FunctionEnvironment { Variables = new Dictionary<string, string> { ["ALEXA_SKILL_ID"] = SkillId } },
            },
            cancellationToken);
        await lambda.WaitUntilFunctionUpdatedAsync(functionName, cancellationToken);
        var second = await UploadAndPublishAsync(lambda, functionName, "1.1.0", cancellationToken);
        var canary = new AliasRoutingConfiguration { AdditionalVersionWeights = new Dictionary<string, double> { [second.Version] = 0.25 } };
        var created = await lambda.CreateAliasAsync(new() { FunctionName = functionName, Name = "live", FunctionVersion = first.Version, Description = "live", RoutingConfig = canary }, cancellationToken);
        var moved = await lambda.UpdateAliasAsync(
            new() { FunctionName = functionName, Name = "live", FunctionVersion = second.Version, RoutingConfig = new AliasRoutingConfiguration(), RevisionId = created.RevisionId }, cancellationToken);
        var alias = await lambda.GetAliasAsync(new() { FunctionName = functionName, Name = "live" }, cancellationToken);
        await lambda.AddPermissionAsync(
            new()
            {
                FunctionName = functionName, Qualifier = "live", StatementId = "alexa-skill-live", Action = LambdaWire.InvokeFunctionAction,
                Principal = LambdaWire.AlexaPrincipal, EventSourceToken = SkillId,
            },
            cancellationToken);
        var policy = await lambda.GetPolicyAsync(new() { FunctionName = functionName, Qualifier = "live" }, cancellationToken);
        var configuration = await lambda.GetFunctionConfigurationAsync(new() { FunctionName = functionName, Qualifier = second.Version }, cancellationToken);
        var versions = await lambda.ListVersionsByFunctionAsync(new() { FunctionName = functionName }, cancellationToken);
        var aliases = await lambda.ListAliasesAsync(new() { FunctionName = functionName }, cancellationToken);
        await lambda.RemovePermissionAsync(new() { FunctionName = functionName, Qualifier = "live", StatementId = "alexa-skill-live" }, cancellationToken);
        await lambda.DeleteAliasAsync(new() { FunctionName = functionName, Name = "live" }, cancellationToken);
        var aliasesAfter = await lambda.ListAliasesAsync(new() { FunctionName = functionName }, cancellationToken);
        return new ReleaseOutcome(first, configured, second, created, moved, alias, PolicyDocument.Parse(policy.Policy), configuration, versions.Versions, aliases.Aliases, aliasesAfter.Aliases);
    }

    private static async Task<PublishVersionResponse> UploadAndPublishAsync(ILambdaClient lambda, string functionName, string release, CancellationToken cancellationToken)
    {
        var uploaded = await lambda.UpdateFunctionCodeAsync(new() { FunctionName = functionName, ZipFile = Zips.Package(release) }, cancellationToken);
        await lambda.WaitUntilFunctionUpdatedAsync(functionName, cancellationToken);
        return await lambda.PublishVersionAsync(new() { FunctionName = functionName, CodeSha256 = uploaded.CodeSha256, Description = release }, cancellationToken);
    }
}

internal sealed record ReleaseOutcome(
    PublishVersionResponse First,
    UpdateFunctionConfigurationResponse Configured,
    PublishVersionResponse Second,
    CreateAliasResponse Created,
    UpdateAliasResponse Moved,
    GetAliasResponse Alias,
    IReadOnlyList<PolicyStatement> Policy,
    FunctionConfiguration Configuration,
    IReadOnlyList<FunctionConfiguration> Versions,
    IReadOnlyList<AliasConfiguration> Aliases,
    IReadOnlyList<AliasConfiguration> AliasesAfterCleanUp);
