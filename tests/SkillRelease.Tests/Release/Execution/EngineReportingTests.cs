using Microsoft.Extensions.Logging.Abstractions;
using SkillRelease.Release;
using SkillRelease.Release.Execution;
using SkillRelease.Release.Planning;
using SkillRelease.Release.Steps;
using SkillRelease.Release.Waiting;
using SkillRelease.Simulator;

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

        // Then the observer saw the plan's steps in order, and each wait reported its start and its end
        Assert.That(observer.Steps, Is.EqualTo(plan.Steps));
        var waits = plan.Steps.Count(s => s is WaitForCodeUpdate or WaitForSkillBuild);
        Assert.That(waits, Is.GreaterThan(0), "the plan must wait for the check to mean anything");
        var ends = progress.Items.Where(p => p.Phase != WaitPhase.Waiting).Select(p => (p.What.Split(' ')[0], p.Phase)).ToList();
        Assert.That(ends.Count(e => e.Phase == WaitPhase.Started), Is.EqualTo(waits));
        Assert.That(ends.Count(e => e.Phase == WaitPhase.Finished), Is.EqualTo(waits));
        Assert.That(progress.Items.Select(p => p.What).Distinct(), Does.Contain("Lambda's update of $LATEST"));
    }

    private sealed class RecordingObserver : IStepObserver
    {
        public List<Step> Steps { get; } = [];

        public void Starting(Step step) => Steps.Add(step);
    }

    private sealed class RecordingProgress : IProgress<WaitProgress>
    {
        private readonly List<WaitProgress> _items = [];

        public IReadOnlyList<WaitProgress> Items
        {
            get
            {
                lock (_items)
                {
                    return [.. _items];
                }
            }
        }

        public void Report(WaitProgress value)
        {
            lock (_items)
            {
                _items.Add(value);
            }
        }
    }
}
