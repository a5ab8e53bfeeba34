using SkillRelease.Release.Planning;
using SkillRelease.Simulator;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Tests.Release.Execution;

/// <summary>cut → certify → live, twice, then rollback, end to end against the simulator: models and code go back together.</summary>
public sealed class CertifiedRollbackTests
{
    [Test]
    public async Task Rollback_AfterACertifiedReleaseWentLive_PutsTheEarlierModelsAndTheirCodeBackLiveTogether()
    {
        await using var harness = await EngineHarness.StartAsync();
        await Scenario.TwoCertifiedReleases(harness);
        var before = await harness.Engine().ObserveAsync(EngineHarness.Skill.Locales, CancellationToken.None);
        Assert.That((before.LiveAlias!.Name, LiveInvocation(before)), Is.EqualTo(("green", "boston guide")), "arranged: v1.1.0 live on green");

        await harness.RunAsync(new Rollback());

        var after = await harness.Engine().ObserveAsync(EngineHarness.Skill.Locales, CancellationToken.None);
        var blue = after.Alias("blue")!;
        Assert.That(after.Live!.EndpointUri, Is.EqualTo(blue.AliasArn), "the live endpoint names the alias v1.0.0 ran on");
        Assert.That(LiveInvocation(after), Is.EqualTo("boston info"), "v1.0.0's models are live again");
        Assert.That(after.Versions.Single(v => v.Version == blue.FunctionVersion).CodeSha256, Is.EqualTo(EngineHarness.CodeA.CodeSha256), "behind v1.0.0's code");
        Assert.That(after.Alias("green")!.FunctionVersion, Is.EqualTo(before.Alias("green")!.FunctionVersion), "the rolled-back release's alias is left as it was");
        Assert.That(after.SkillVersions.Single(v => v.Status == VersionSubmissionStatuses.Live).Message, Is.EqualTo("v1.0.0"));
        Assert.That(harness.Simulator.Smapi.Inspect(s => s.Submissions), Is.EqualTo(2), "no recertification");
    }

    [Test]
    public async Task Rollback_AfterACertifiedRelease_RunTwice_DoesNothingTheSecondTime()
    {
        await using var harness = await EngineHarness.StartAsync();
        await Scenario.TwoCertifiedReleases(harness);
        await harness.RunAsync(new Rollback());
        var once = await harness.SnapshotAsync();

        var second = await harness.RunAsync(new Rollback());

        Assert.That(second.IsEmpty, Is.True);
        Assert.That(second.Notes.Single(), Does.Contain("already rolled back from v1.1.0"));
        Assert.That(await harness.SnapshotAsync(), Is.EqualTo(once));
        Assert.That(harness.Simulator.Smapi.Inspect(s => s.RollbackRequests), Is.EqualTo(1));
    }

    [Test]
    public async Task Promote_WhileACertificationIsInProgress_IsRefusedAndChangesNothing()
    {
        await using var harness = await EngineHarness.StartAsync();
        await Scenario.TwoCertifiedReleases(harness);
        await harness.RunToEndAsync(new DeployLatest(EngineHarness.CodeA, Scenario.SkillB));
        await harness.RunToEndAsync(EngineHarness.Cut("v1.2.0", EngineHarness.CodeA) with { Skill = Scenario.SkillB });
        var before = await harness.SnapshotAsync();

        var refusal = Assert.ThrowsAsync<ReleaseRefusedException>(() => harness.RunAsync(new Promote(EngineHarness.CodeA, Scenario.SkillB, null, EngineHarness.Now)));

        Assert.That(refusal!.Message, Does.StartWith("Release v1.2.0 is in flight"));
        Assert.That(await harness.SnapshotAsync(), Is.EqualTo(before));
    }

    private static string? LiveInvocation(SkillRelease.Release.State.RemoteState state) =>
        state.Live!.Models["en-US"].Envelope["interactionModel"]!["languageModel"]!["invocationName"]!.GetValue<string>();
}
