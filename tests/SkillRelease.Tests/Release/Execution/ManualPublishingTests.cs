using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Release.Steps;
using SkillRelease.Simulator;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Tests.Release.Execution;

public sealed class ManualPublishingTests
{
    [Test]
    public async Task AwaitCertification_AfterAManualPublishingPass_WaitsForPublishThenFinishesOnceLive()
    {
        await using var harness = await EngineHarness.StartAsync();
        await harness.RunToEndAsync(new DeployLatest(EngineHarness.CodeA, EngineHarness.Skill));
        await harness.RunAsync(new CutRelease(ReleaseTag.Parse("v1.0.0"), EngineHarness.CodeA, EngineHarness.Skill, PublicationMethods.Manual, EngineHarness.Now));
        harness.Simulator.Smapi.CompleteCertification(CertificationOutcome.Pass);

        var waiting = await harness.RunAsync(new AwaitCertification(Publish: false, EngineHarness.Now));
        var publishing = await harness.RunAsync(new AwaitCertification(Publish: true, EngineHarness.Now));
        // Publishing takes a while; the scheduled run keeps saying so until the live stage has it, then finishes.
        var finishing = await harness.RunAsync(new AwaitCertification(Publish: false, EngineHarness.Now));
        for (var run = 0; finishing.IsEmpty && run < 100; run++)
        {
            Assert.That(finishing.Notes.Single(), Does.Contain("being published to live"), "publishing was asked for already");
            await Task.Delay(TimeSpan.FromMilliseconds(50));
            finishing = await harness.RunAsync(new AwaitCertification(Publish: false, EngineHarness.Now));
        }
        var state = await harness.Engine().ObserveAsync(EngineHarness.Skill.Locales, CancellationToken.None);

        Assert.That(waiting.IsEmpty && waiting.Notes.Single().Contains("awaits manual publishing", StringComparison.Ordinal), Is.True, string.Join(" ", waiting.Notes));
        Assert.That(publishing.Steps.Single(), Is.TypeOf<PublishCertifiedSkill>());
        Assert.That(finishing.Steps.OfType<UpdateDevelopmentManifest>(), Has.Exactly(1).Items);
        Assert.That(state.LiveAlias?.Name, Is.EqualTo("blue"));
        Assert.That(state.DevelopmentOnLatest, Is.True);
    }
}
