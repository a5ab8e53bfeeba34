using Microsoft.Extensions.Logging.Abstractions;
using SkillRelease.Release;
using SkillRelease.Release.Execution;
using SkillRelease.Release.Planning;
using SkillRelease.Release.Steps;
using SkillRelease.Release.Waiting;
using SkillRelease.Simulator;
using SkillRelease.Tests.Support;

namespace SkillRelease.Tests.Release.Execution;

/// <summary>What the engine tells a caller besides its log: each step as it starts, and the progress of its waits.</summary>
public sealed class EngineReportingTests
{
    [Test]
    public async Task Run_DeployLatest_TellsTheObserverEachStepAndReportsEachWaitFromStartToEnd()
    {
        // Given an engine against the simulator, with an observer and a progress sink
        await using var simulator = await SkillSimulator.StartAsync(EngineHarness.FastOptions, CancellationToken.None);
        var services = SimulatedRelease.Services(simulator, NullLogger.Instance, TimeProvider.System, ReleaseTuning.Simulator);
        var observer = new RecordingObserver();
        var progress = new RecordingProgress();
        var engine = new ReleaseEngine(services, NullLogger.Instance, TimeProvider.System) { Observer = observer, Progress = progress };

        // When it deploys to $LATEST
        var plan = await engine.RunAsync(new DeployLatest(EngineHarness.CodeA, EngineHarness.Skill), dryRun: false, CancellationToken.None);

        // Then the observer saw the plan's steps in order, and each wait reported its start, saying what it awaits
        // and the longest it may take (the limits ReleaseTuning gave the clients), and its end
        Assert.That(observer.Steps, Is.EqualTo(plan.Steps));
        var expected = plan.Steps.Select(Expected).OfType<(string What, TimeSpan Limit)>().ToList();
        Assert.That(expected, Is.Not.Empty, "the plan must wait for the check to mean anything");
        var started = progress.Items.Where(p => p.Phase == WaitPhase.Started).ToList();
        Assert.That(started.Select(p => p.What), Is.EqualTo(expected.Select(e => e.What)));
        Assert.That(started.Select(p => p.Remaining), Is.EqualTo(expected.Select(e => e.Limit)).Within(TimeSpan.FromSeconds(1)));
        Assert.That(progress.Items.Count(p => p.Phase == WaitPhase.Finished), Is.EqualTo(expected.Count));
    }

    private static (string What, TimeSpan Limit)? Expected(Step step) => step switch
    {
        WaitForCodeUpdate => ("Lambda's update of $LATEST", ReleaseTuning.Simulator.LambdaWaiterLimit),
        WaitForSkillBuild { Manifest: true, Locales: ["en-US"] } => ("SMAPI's update of the manifest and the en-US model", ReleaseTuning.Simulator.SmapiPollTimeout),
        WaitForSkillBuild other => throw new InvalidOperationException($"A wait this test does not know: {other}."),
        _ => null,
    };

    private sealed class RecordingObserver : IStepObserver
    {
        public List<Step> Steps { get; } = [];

        public void Starting(Step step) => Steps.Add(step);
    }
}
