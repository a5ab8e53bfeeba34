using SkillRelease.Release.Planning;
using SkillRelease.Tests.Release.Execution;

namespace SkillRelease.Tests.Release.State;

/// <summary>
/// Pins how many calls the observer makes one after another (issue 15): against AWS and Amazon each costs a round
/// trip, so a read that waits for another read's answer shows up here as one more call on the critical path.
/// </summary>
public sealed class RemoteObserverWaveTests
{
    /// <summary>Well above the client's own work between calls on a busy machine, so calls in flight together overlap.</summary>
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(150);

    [Test]
    public async Task Observe_WithAFreshProcess_TakesTheTokenThenOneWaveOfReads()
    {
        // Given a release in certification (an alias with its trigger) and an engine that has no LWA token yet
        await using var harness = await StartReleasedAsync();
        var engine = harness.Engine();
        var mark = harness.Simulator.Timeline.Count;

        // When it observes
        await engine.ObserveAsync(EngineHarness.Skill.Locales, CancellationToken.None);

        // Then the LWA token, then every Lambda and SMAPI read at once: two calls on the critical path
        Assert.That(harness.Simulator.Timeline.CriticalPathSince(mark), Is.EqualTo(2));
    }

    [Test]
    public async Task Observe_Twice_CountsOneMoreCallOnThePathWithTheTokenCached()
    {
        // Given an engine that observed once (its LWA token is cached)
        await using var harness = await StartReleasedAsync();
        var engine = harness.Engine();
        var mark = harness.Simulator.Timeline.Count;
        await engine.ObserveAsync(EngineHarness.Skill.Locales, CancellationToken.None);

        // When it observes again
        await engine.ObserveAsync(EngineHarness.Skill.Locales, CancellationToken.None);

        // Then the second observation is one wave after the first two
        Assert.That(harness.Simulator.Timeline.CriticalPathSince(mark), Is.EqualTo(3));
    }

    [Test]
    public async Task DeployLatest_WhenNothingChanged_CostsTwoCallsOnTheCriticalPath()
    {
        // Given the development stage and $LATEST already hold the package
        await using var harness = await EngineHarness.StartAsync(EngineHarness.FastOptions with { Latency = Latency });
        await harness.RunAsync(new DeployLatest(EngineHarness.CodeA, EngineHarness.Skill));
        var mark = harness.Simulator.Timeline.Count;

        // When deploy-latest runs again in a new process (no ledger calls: the harness's engine records on GitHub)
        var plan = await harness.Engine().RunAsync(new DeployLatest(EngineHarness.CodeA, EngineHarness.Skill), dryRun: true, CancellationToken.None);

        // Then it plans nothing, and took the token and one wave of reads
        Assert.That(plan.IsEmpty, Is.True);
        Assert.That(harness.Simulator.Timeline.CriticalPathSince(mark), Is.EqualTo(2));
    }

    private static async Task<EngineHarness> StartReleasedAsync()
    {
        var harness = await EngineHarness.StartAsync(EngineHarness.FastOptions with { Latency = Latency });
        await harness.RunAsync(new DeployLatest(EngineHarness.CodeA, EngineHarness.Skill));
        await harness.RunToEndAsync(EngineHarness.Cut("v1.0.0", EngineHarness.CodeA));
        return harness;
    }
}
