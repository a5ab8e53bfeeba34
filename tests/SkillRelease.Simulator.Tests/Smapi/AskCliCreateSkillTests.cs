using System.Text.Json.Nodes;
using SkillRelease.Simulator.Tests.Fixtures;

namespace SkillRelease.Simulator.Tests.Smapi;

/// <summary>
/// The ASK CLI creates the skill in a simulator that started empty, as docs/setup.md section 3 does: skill.json's
/// envelope without an endpoint as the whole body, the vendor id from the environment profile.
/// </summary>
[NonParallelizable]
public sealed class AskCliCreateSkillTests
{
    private AskCliFixture _cli = null!;

    [OneTimeSetUp]
    public Task InstallAsync() => AskCliFixture.InstallAsync();

    [SetUp]
    public async Task StartAsync() => _cli = await AskCliFixture.StartAsync(new SimulatorOptions { Empty = true }, CancellationToken.None);

    [TearDown]
    public async Task StopAsync() => await _cli.DisposeAsync();

    [Test]
    public async Task CreateSkillForVendor_InAnEmptySimulator_CreatesTheOneSkillAndRefusesASecond()
    {
        // Given: no skill yet
        var before = await _cli.Ask.SmapiAsync("list-skills-for-vendor");
        var request = new JsonObject { ["manifest"] = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "skill-package", "skill.json")))!["manifest"]!.DeepClone() };
        request["manifest"]!["apis"]!["custom"]!.AsObject().Remove("endpoint");

        // When
        var created = await _cli.Ask.SmapiAsync("create-skill-for-vendor", "--manifest", request.ToJsonString());
        var again = await _cli.Ask.SmapiAsync("create-skill-for-vendor", "--manifest", request.ToJsonString());
        var listed = await _cli.Ask.SmapiAsync("list-skills-for-vendor");

        // Then
        Assert.That(before.ExitCode, Is.Zero, before.StandardError);
        Assert.That(JsonNode.Parse(before.StandardOutput)!["skills"]!.AsArray(), Is.Empty);
        Assert.That(created.ExitCode, Is.Zero, created.StandardError);
        Assert.That(JsonNode.Parse(created.StandardOutput)!["skillId"]!.GetValue<string>(), Is.EqualTo(_cli.Simulator.Options.SkillId));
        Assert.That(again.ExitCode, Is.Not.Zero);
        Assert.That(JsonNode.Parse(listed.StandardOutput)!["skills"]!.AsArray().Single()!["skillId"]!.GetValue<string>(), Is.EqualTo(_cli.Simulator.Options.SkillId));
        Assert.That(_cli.Simulator.Smapi.Inspect(skill => skill.Development.Models), Is.Empty, "a new skill has no interaction model until one is set");
    }
}
