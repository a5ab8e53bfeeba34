using System.IO.Compression;
using System.Text.Json.Nodes;
using SkillRelease.Lambda.Model;
using SkillRelease.Simulator.Lambda;

namespace SkillRelease.Simulator.Tests.Lambda;

/// <summary>The AWS CLI, a client nobody here wrote, drives the simulated Lambda; every request's SigV4 signature is checked.</summary>
public sealed class AwsCliAgainstSimulatorTests
{
    private SkillSimulator _simulator = null!;
    private string _zipPath = null!;

    [SetUp]
    public async Task StartAsync()
    {
        AwsCli.RequireInstalled();
        _simulator = await SkillSimulator.StartAsync(new SimulatorOptions { LambdaUpdateDuration = TimeSpan.FromMilliseconds(50) }, CancellationToken.None);
        _zipPath = Path.Combine(Path.GetTempPath(), $"boston-info-{Guid.NewGuid():N}.zip");
        using var zip = ZipFile.Open(_zipPath, ZipArchiveMode.Create);
        using var entry = new StreamWriter(zip.CreateEntry("BostonInfo.Skill.dll").Open());
        entry.Write("release 1.0.0");
    }

    [TearDown]
    public async Task StopAsync()
    {
        File.Delete(_zipPath);
        await _simulator.DisposeAsync();
    }

    [Test]
    public async Task ReleaseThroughTheCli_IsAcceptedSignedAndLeavesTheAliasInvocableByTheSkill()
    {
        var aws = new AwsCli(_simulator.ClientEnvironment);
        var function = _simulator.Options.FunctionName;
        var skill = _simulator.Options.SkillId;

        var uploaded = Output(await aws.LambdaAsync("update-function-code", "--function-name", function, "--zip-file", "fileb://" + _zipPath));
        var waited = await aws.LambdaAsync("wait", "function-updated-v2", "--function-name", function);
        var configuration = Output(await aws.LambdaAsync("get-function-configuration", "--function-name", function));
        var first = Output(await aws.LambdaAsync("publish-version", "--function-name", function, "--code-sha256", Text(uploaded, "CodeSha256"), "--description", "1.0.0"));
        _simulator.Lambda.ReplaceCode("release 1.1.0"u8.ToArray());
        var second = Output(await aws.LambdaAsync("publish-version", "--function-name", function));
        var created = Output(await aws.LambdaAsync("create-alias", "--function-name", function, "--name", "live", "--function-version", "1", "--routing-config", "{\"AdditionalVersionWeights\":{\"2\":0.1}}"));
        var moved = Output(await aws.LambdaAsync("update-alias", "--function-name", function, "--name", "live", "--function-version", "2", "--routing-config", "{\"AdditionalVersionWeights\":{}}", "--revision-id", Text(created, "RevisionId")));
        var granted = Output(await aws.LambdaAsync("add-permission", "--function-name", function, "--qualifier", "live", "--statement-id", "alexa-skill-live",
            "--action", "lambda:InvokeFunction", "--principal", "alexa-appkit.amazon.com", "--event-source-token", skill));
        var policy = Output(await aws.LambdaAsync("get-policy", "--function-name", function, "--qualifier", "live"));
        var versions = Output(await aws.LambdaAsync("list-versions-by-function", "--function-name", function));

        Assert.That(Text(uploaded, "CodeSha256"), Is.EqualTo(LambdaService.CodeSha256(File.ReadAllBytes(_zipPath))));
        Assert.That(Text(uploaded, "LastUpdateStatus"), Is.EqualTo("InProgress"));
        Assert.That(waited.ExitCode, Is.Zero, waited.Errors);
        Assert.That(Text(configuration, "LastUpdateStatus"), Is.EqualTo("Successful"));
        Assert.That((Text(first, "Version"), Text(second, "Version")), Is.EqualTo(("1", "2")));
        Assert.That(created["RoutingConfig"]!["AdditionalVersionWeights"]!["2"]!.GetValue<double>(), Is.EqualTo(0.1));
        Assert.That(Text(moved, "FunctionVersion"), Is.EqualTo("2"));
        Assert.That(PolicyDocument.Parse("{\"Statement\":[" + Text(granted, "Statement") + "]}").Single().EventSourceToken, Is.EqualTo(skill));
        Assert.That(PolicyDocument.Parse(Text(policy, "Policy")).Select(s => s.Sid), Is.EqualTo(new[] { "alexa-skill-live" }));
        Assert.That(versions["Versions"]!.AsArray().Select(v => Text(v!, "Version")), Is.EqualTo(new[] { "$LATEST", "1", "2" }));
        Assert.That(_simulator.Lambda.WhyCannotInvoke(_simulator.Lambda.FunctionArn + ":live", skill), Is.Null);
    }

    [Test]
    public async Task ConfigurationThroughTheCli_GoesInProgressIsGuardedByRevisionAndIsCarriedByTheNextVersion()
    {
        var aws = new AwsCli(_simulator.ClientEnvironment);
        var function = _simulator.Options.FunctionName;
        var before = Output(await aws.LambdaAsync("get-function-configuration", "--function-name", function));

        var updated = Output(await aws.LambdaAsync("update-function-configuration", "--function-name", function, "--memory-size", "1024", "--timeout", "12",
            "--environment", "Variables={ALEXA_SKILL_ID=amzn1.ask.skill.cli}", "--revision-id", Text(before, "RevisionId")));
        var waited = await aws.LambdaAsync("wait", "function-updated-v2", "--function-name", function);
        var stale = await aws.LambdaAsync("update-function-configuration", "--function-name", function, "--memory-size", "512", "--revision-id", Text(updated, "RevisionId"));
        var published = Output(await aws.LambdaAsync("publish-version", "--function-name", function));
        var version = Output(await aws.LambdaAsync("get-function-configuration", "--function-name", function, "--qualifier", Text(published, "Version")));

        Assert.That(Text(updated, "LastUpdateStatus"), Is.EqualTo("InProgress"));
        Assert.That(Text(updated, "RevisionId"), Is.Not.EqualTo(Text(before, "RevisionId")));
        Assert.That(waited.ExitCode, Is.Zero, waited.Errors);
        Assert.That(stale.Errors, Does.Contain("(PreconditionFailedException)"), "the update finishing changed the RevisionId");
        Assert.That((version["MemorySize"]!.GetValue<int>(), version["Timeout"]!.GetValue<int>()), Is.EqualTo((1024, 12)));
        Assert.That(Text(version["Environment"]!["Variables"]!, "ALEXA_SKILL_ID"), Is.EqualTo("amzn1.ask.skill.cli"));
    }

    [Test]
    public async Task TheCli_WithAWrongSecret_IsRefusedWithAwsWords()
    {
        var environment = new Dictionary<string, string>(_simulator.ClientEnvironment) { ["AWS_SECRET_ACCESS_KEY"] = "wrong/secret/access/key/000000000000000" };

        var (exitCode, output, errors) = await new AwsCli(environment).LambdaAsync("publish-version", "--function-name", _simulator.Options.FunctionName);

        Assert.That(exitCode, Is.EqualTo(255));
        Assert.That(output, Is.Null);
        Assert.That(errors, Does.Contain("An error occurred (InvalidSignatureException) when calling the PublishVersion operation: The request signature we calculated does not match"));
        Assert.That(_simulator.Lambda.Snapshot().Versions, Is.Empty);
    }

    private static JsonNode Output((int ExitCode, JsonNode? Output, string Errors) run)
    {
        Assert.That(run.ExitCode, Is.Zero, run.Errors);
        return run.Output!;
    }

    private static string Text(JsonNode node, string member) => node[member]!.GetValue<string>();
}
