using System.Text.Json.Nodes;
using SkillRelease.Release.Function;
using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Simulator;
using SkillRelease.Smapi.Model;
using TestSupport;

namespace SkillRelease.Tests.Release.Execution;

/// <summary>
/// Issue 12's acceptance, on a fresh account (no Alexa trigger anywhere): a configuration change in function.json
/// reaches $LATEST on deploy-latest and the live alias on the next release, read back with the AWS CLI.
/// </summary>
public sealed class FunctionConfigurationReleaseTests
{
    [Test]
    public async Task ConfigurationChange_ReachesLatestOnDeployAndLiveOnTheNextRelease_OnAFreshAccount()
    {
        AwsCli.RequireInstalled();
        await using var harness = await EngineHarness.StartAsync();
        var aws = new AwsCli(harness.Simulator.ClientEnvironment);
        var first = EngineHarness.CodeA with { Definition = Declared(harness, memorySize: 512) };
        var second = EngineHarness.CodeA with { Definition = Declared(harness, memorySize: 1024) };
        var skill = WithNewName(EngineHarness.Skill);

        await harness.RunAsync(new DeployLatest(first, skill));
        await ReleaseAsync(harness, "v1.0.0", first);
        var liveBefore = await ConfigurationAsync(aws, harness, "blue");
        await harness.RunAsync(new DeployLatest(second, skill));
        var latest = await ConfigurationAsync(aws, harness, "$LATEST");
        var liveMeanwhile = await ConfigurationAsync(aws, harness, "blue");
        await ReleaseAsync(harness, "v1.1.0", second);
        var liveAfter = await ConfigurationAsync(aws, harness, "green");

        Assert.That(MemoryAndSkill(liveBefore), Is.EqualTo((512, harness.Settings.SkillId)));
        Assert.That(MemoryAndSkill(latest), Is.EqualTo((1024, harness.Settings.SkillId)));
        Assert.That(MemoryAndSkill(liveMeanwhile), Is.EqualTo((512, harness.Settings.SkillId)), "live keeps its version until a release");
        Assert.That(MemoryAndSkill(liveAfter), Is.EqualTo((1024, harness.Settings.SkillId)));
        Assert.That(latest["CodeSha256"]!.GetValue<string>(), Is.EqualTo(liveAfter["CodeSha256"]!.GetValue<string>()), "same code, new configuration, new version");
    }

    private static FunctionDefinition Declared(EngineHarness harness, int memorySize) => FunctionDefinition.Parse(
        ("{'Runtime': 'dotnet10', 'Handler': 'BostonInfo.Skill::BostonInfo.Skill.Function::Handle', 'Architectures': ['x86_64'], 'Timeout': 10, "
            + $"'MemorySize': {memorySize}, 'Environment': {{'Variables': {{'ALEXA_SKILL_ID': '${{ALEXA_SKILL_ID}}'}}}}}}").Replace('\'', '"'),
        "function.json",
        new Dictionary<string, string> { ["ALEXA_SKILL_ID"] = harness.Settings.SkillId });

    /// <summary>A manifest change, so that the first deploy-latest writes the endpoint on the fresh function.</summary>
    private static SkillPackage WithNewName(SkillPackage package)
    {
        var manifest = package.Manifest.DeepClone().AsObject();
        manifest["manifest"]!["publishingInformation"]!["locales"]!["en-US"]!["name"] = "Boston Info (configured)";
        return package with { Manifest = manifest };
    }

    private static async Task ReleaseAsync(EngineHarness harness, string tag, CodePackage code)
    {
        await harness.RunAsync(new CutRelease(ReleaseTag.Parse(tag), code, WithNewName(EngineHarness.Skill), PublicationMethods.Auto, DateTimeOffset.UtcNow));
        harness.Simulator.Smapi.CompleteCertification(CertificationOutcome.Pass);
        await harness.RunAsync(new AwaitCertification(false, EngineHarness.Now));
    }

    private static async Task<JsonNode> ConfigurationAsync(AwsCli aws, EngineHarness harness, string qualifier)
    {
        var (exitCode, output, errors) = await aws.LambdaAsync("get-function-configuration", "--function-name", harness.Settings.FunctionName, "--qualifier", qualifier);
        Assert.That(exitCode, Is.Zero, errors);
        return output!;
    }

    private static (int, string) MemoryAndSkill(JsonNode configuration) =>
        (configuration["MemorySize"]!.GetValue<int>(), configuration["Environment"]!["Variables"]!["ALEXA_SKILL_ID"]!.GetValue<string>());
}
