using System.Text.Json.Nodes;
using SkillRelease.Simulator.Tests.Fixtures;

namespace SkillRelease.Simulator.Tests.Smapi;

/// <summary>
/// The ASK CLI, a SMAPI client nobody here wrote, drives the simulated LWA and SMAPI: what it sends must be
/// accepted and what the simulator answers must satisfy it. Each `ask` launch costs a second or two, so the tests
/// chain several commands.
/// </summary>
[NonParallelizable]
public sealed class AskCliTests
{
    private AskCliFixture _cli = null!;

    private string SkillId => _cli.SkillId;

    [OneTimeSetUp]
    public Task InstallAsync() => AskCliFixture.InstallAsync();

    [SetUp]
    public async Task StartAsync()
    {
        _cli = await AskCliFixture.StartAsync(new SimulatorOptions(), CancellationToken.None);
        // As the console's "Add trigger → Alexa Skills Kit" leaves it: SMAPI refuses the endpoint without it.
        _cli.Simulator.Lambda.AddAlexaTrigger(SkillId);
    }

    [TearDown]
    public async Task StopAsync() => await _cli.DisposeAsync();

    [Test]
    public async Task AskCli_ReadsAndWritesTheDevelopmentStage()
    {
        var read = await _cli.Ask.SmapiAsync("get-skill-manifest", "-s", SkillId);
        Succeeded(read);
        var envelope = JsonNode.Parse(read.StandardOutput)!.AsObject();
        envelope["manifest"]!["publishingInformation"]!["locales"]!["en-US"]!["summary"] = "Written by the ASK CLI.";
        var manifestFile = Write("skill.json", envelope);
        var modelFile = Write("en-US.json", new JsonObject
        {
            ["interactionModel"] = new JsonObject
            {
                ["languageModel"] = new JsonObject
                {
                    ["invocationName"] = "boston city info",
                    ["intents"] = new JsonArray(new JsonObject { ["name"] = "AMAZON.HelpIntent", ["samples"] = new JsonArray() }),
                },
            },
        });

        Succeeded(await _cli.Ask.SmapiAsync("update-skill-manifest", "-s", SkillId, "--manifest", "file:" + manifestFile));
        Succeeded(await _cli.Ask.SmapiAsync("set-interaction-model", "-s", SkillId, "-l", "en-US", "--interaction-model", "file:" + modelFile));
        await Task.Delay(TimeSpan.FromMilliseconds(100));
        var status = await _cli.Ask.SmapiAsync("get-skill-status", "-s", SkillId);

        Succeeded(status);
        Assert.That(JsonNode.Parse(status.StandardOutput)!["interactionModel"]!["en-US"]!["lastUpdateRequest"]!["status"]!.GetValue<string>(), Is.EqualTo("SUCCEEDED"));
        Assert.That(_cli.Simulator.Smapi.Inspect(s => s.Development.Manifest.Document["publishingInformation"]!["locales"]!["en-US"]!["summary"]!.GetValue<string>()), Is.EqualTo("Written by the ASK CLI."));
        Assert.That(_cli.Simulator.Smapi.Inspect(s => s.Development.Models["en-US"].Document["languageModel"]!["invocationName"]!.GetValue<string>()), Is.EqualTo("boston city info"));
        Assert.That(_cli.Simulator.Faults.Calls("lwa:GetAccessToken"), Is.EqualTo(4), "ask-cli asks LWA once per command in environment mode");
    }

    [Test]
    public async Task AskCli_SubmitsForCertificationAndListsIt_ThenCannotEditTheLockedStage()
    {
        Succeeded(await _cli.Ask.SmapiAsync("submit-skill-for-certification", "-s", SkillId, "--publication-method", "MANUAL_PUBLISHING", "--version-message", "v1.2.3"));
        var list = await _cli.Ask.SmapiAsync("get-certifications-list", "-s", SkillId);
        var manifestFile = Write("skill.json", new JsonObject { ["manifest"] = _cli.Simulator.Smapi.Inspect(s => s.Development.Manifest.Document.DeepClone()) });
        var locked = await _cli.Ask.SmapiAsync("update-skill-manifest", "-s", SkillId, "--manifest", "file:" + manifestFile);

        Succeeded(list);
        var certification = _cli.Simulator.Smapi.Inspect(s => s.Certifications.Single());
        Assert.That((certification.PublicationMethod, certification.VersionMessage), Is.EqualTo(("MANUAL_PUBLISHING", "v1.2.3")));
        Assert.That(JsonNode.Parse(list.StandardOutput)!["items"]![0]!["id"]!.GetValue<string>(), Is.EqualTo(certification.Id));
        Assert.That(locked.ExitCode, Is.EqualTo(1), locked.Tail());
        Assert.That(locked.StandardOutput + locked.StandardError, Does.Contain("403"));
    }

    [Test]
    public async Task AskCli_WithARevokedRefreshToken_ReportsLwasInvalidGrant()
    {
        var ask = _cli.With(new Dictionary<string, string?> { ["ASK_REFRESH_TOKEN"] = "Atzr|revoked" });

        var run = await ask.SmapiAsync("get-skill-status", "-s", SkillId);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.StandardOutput + run.StandardError, Does.Contain("invalid_grant"));
        Assert.That(_cli.Simulator.Faults.Calls("smapi:*"), Is.Zero);
    }

    [Test]
    public async Task AskCli_ListsSkillVersionsAndRollsTheLiveSkillBack()
    {
        foreach (var release in new[] { "v1.0.0", "v1.1.0" })
        {
            Succeeded(await _cli.Ask.SmapiAsync("submit-skill-for-certification", "-s", SkillId, "--version-message", release));
            _cli.Simulator.Smapi.CompleteCertification(CertificationOutcome.Pass);
        }

        var versions = await _cli.Ask.SmapiAsync("list-versions-for-skill", "-s", SkillId);
        var rollback = await _cli.Ask.SmapiAsync("rollback-skill", "-s", SkillId, "--target-version", "1");
        Succeeded(versions);
        Succeeded(rollback);
        var id = JsonNode.Parse(rollback.StandardOutput)!["rollbackRequestId"]!.GetValue<string>();
        await Task.Delay(TimeSpan.FromMilliseconds(100));
        var status = await _cli.Ask.SmapiAsync("get-rollback-for-skill", "-s", SkillId, "--rollback-request-id", id);

        Succeeded(status);
        var listed = JsonNode.Parse(versions.StandardOutput)!["skillVersions"]!.AsArray();
        Assert.That(listed.Select(v => (v!["version"]!.GetValue<string>(), v["message"]!.GetValue<string>(), v["submissions"]![0]!["status"]!.GetValue<string>())),
            Is.EqualTo(new[] { ("1", "v1.0.0", "CERTIFIED"), ("2", "v1.1.0", "LIVE") }));
        Assert.That(JsonNode.Parse(status.StandardOutput)!["status"]!.GetValue<string>(), Is.EqualTo("SUCCEEDED"));
        Assert.That(_cli.Simulator.Smapi.Inspect(s => s.LiveVersion), Is.EqualTo(1));
    }

    private static void Succeeded(ProcessRun run) => Assert.That(run.ExitCode, Is.Zero, run.Tail());

    private string Write(string name, JsonObject document)
    {
        var path = Path.Combine(_cli.Home, name);
        File.WriteAllText(path, document.ToJsonString());
        return path;
    }
}
