using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Release.Steps;
using SkillRelease.Simulator;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Support;

namespace SkillRelease.Tests.Release.Execution;

public sealed class ManualPublishingTests
{
    [Test]
    public async Task AwaitCertification_AfterAManualPublishingPass_WaitsForPublishThenFinishesOnceLive()
    {
        var clock = new FreezableClock();
        await using var harness = await EngineHarness.StartAsync(EngineHarness.FastOptions with { Time = clock });
        await harness.RunToEndAsync(new DeployLatest(EngineHarness.CodeA, EngineHarness.Skill));
        await harness.RunAsync(new CutRelease(ReleaseTag.Parse("v1.0.0"), EngineHarness.CodeA, EngineHarness.Skill, PublicationMethods.Manual, DateTimeOffset.UtcNow));
        harness.Simulator.Smapi.CompleteCertification(CertificationOutcome.Pass);
        // Publishing takes SmapiUpdateDuration of the simulator's time: stopped, the publication cannot end while a run
        // observes it (one observation is many calls), so the run in between sees it under way, however slow the machine.
        clock.Freeze();

        var waiting = await harness.RunAsync(new AwaitCertification(Publish: false, EngineHarness.Now));
        var publishing = await harness.RunAsync(new AwaitCertification(Publish: true, EngineHarness.Now));
        var underWay = await harness.RunAsync(new AwaitCertification(Publish: false, EngineHarness.Now));
        clock.Advance(EngineHarness.FastOptions.SmapiUpdateDuration);
        clock.Thaw(); // the finishing run waits for its manifest update's build, which needs time to pass again
        var finishing = await harness.RunAsync(new AwaitCertification(Publish: false, EngineHarness.Now));
        var state = await harness.Engine().ObserveAsync(EngineHarness.Skill.Locales, CancellationToken.None);

        Assert.That(waiting.IsEmpty && waiting.Notes.Single().Contains("awaits manual publishing", StringComparison.Ordinal), Is.True, string.Join(" ", waiting.Notes));
        Assert.That(publishing.Steps.Single(), Is.TypeOf<PublishCertifiedSkill>());
        Assert.That(underWay.IsEmpty && underWay.Notes.Single().Contains("being published to live", StringComparison.Ordinal), Is.True, string.Join(" ", underWay.Notes));
        Assert.That(finishing.Steps.OfType<UpdateDevelopmentManifest>(), Has.Exactly(1).Items);
        Assert.That(state.LiveAlias?.Name, Is.EqualTo("blue"));
        Assert.That(state.DevelopmentOnLatest, Is.True);
    }
}
