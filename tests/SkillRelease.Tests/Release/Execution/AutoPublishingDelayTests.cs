using SkillRelease.Release.Planning;
using SkillRelease.Release.Steps;
using SkillRelease.Simulator;

namespace SkillRelease.Tests.Release.Execution;

/// <summary>"Certified, not yet live": with automatic publishing the live stage changes only some time after the review passed.</summary>
public sealed class AutoPublishingDelayTests
{
    private static readonly AwaitCertification Await = new(Publish: false, EngineHarness.Now);

    [Test]
    public async Task AwaitCertification_WhileACertifiedReleaseIsStillPublishing_ChangesNothingThenFinishesOnceLive()
    {
        await using var harness = await EngineHarness.StartAsync(new SimulatorOptions
        {
            LambdaUpdateDuration = TimeSpan.FromMilliseconds(20),
            SmapiUpdateDuration = TimeSpan.FromMilliseconds(20),
            PublishAfter = TimeSpan.FromSeconds(2),
        });
        await harness.RunToEndAsync(new DeployLatest(EngineHarness.CodeA, EngineHarness.Skill));
        await harness.RunAsync(EngineHarness.Cut("v1.0.0", EngineHarness.CodeA));
        harness.Simulator.Smapi.CompleteCertification(CertificationOutcome.Pass);

        var waiting = await harness.RunAsync(Await);
        var whileWaiting = await harness.Engine().ObserveAsync(EngineHarness.Skill.Locales, CancellationToken.None);
        var goesLive = harness.Simulator.Smapi.Inspect(s => s.GoesLiveAt)!.Value;
        await Task.Delay(goesLive - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(100));
        var finishing = await harness.RunAsync(Await);
        var after = await harness.Engine().ObserveAsync(EngineHarness.Skill.Locales, CancellationToken.None);

        Assert.That(waiting.Steps, Is.Empty, string.Join(" ", waiting.Notes));
        Assert.That(waiting.Notes.Single(), Does.Contain("Amazon is publishing it to live"));
        Assert.That(whileWaiting.Live, Is.Null, "certified, not yet live");
        Assert.That(whileWaiting.DevelopmentAlias?.Name, Is.EqualTo("blue"), "the development endpoint stays on the candidate until live has it");
        Assert.That(finishing.Steps.OfType<UpdateDevelopmentManifest>(), Has.Exactly(1).Items);
        Assert.That(after.LiveAlias?.Name, Is.EqualTo("blue"));
        Assert.That(after.DevelopmentOnLatest, Is.True);
    }
}
