using Microsoft.Extensions.Time.Testing;
using SkillRelease.Release.Waiting;
using SkillRelease.Tests.Support;

namespace SkillRelease.Tests.Release.Waiting;

public sealed class WaitReporterTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    [Test]
    public async Task Watch_AWaitOfSeventySeconds_ReportsItsStartEveryIntervalAndItsEnd()
    {
        // Given a wait of 70 s on a fake clock, watched with a limit of 5 minutes
        var clock = new FakeTimeProvider();
        var reports = new RecordingProgress();
        var done = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var watched = new WaitReporter(reports, clock, Interval).WatchAsync("the thing", TimeSpan.FromMinutes(5), _ => done.Task, CancellationToken.None);

        // When 70 s pass and the wait ends
        clock.Advance(TimeSpan.FromSeconds(29));
        clock.Advance(TimeSpan.FromSeconds(1));
        clock.Advance(TimeSpan.FromSeconds(30));
        clock.Advance(TimeSpan.FromSeconds(10));
        done.SetResult("settled");
        var result = await watched;

        // Then it reported at 0 s, 30 s and 60 s, then the end at 70 s, each with the time left of the limit
        Assert.That(result, Is.EqualTo("settled"));
        Assert.That(reports.Items, Is.EqualTo(new[]
        {
            new WaitProgress("the thing", WaitPhase.Started, TimeSpan.Zero, TimeSpan.FromMinutes(5)),
            new WaitProgress("the thing", WaitPhase.Waiting, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(270)),
            new WaitProgress("the thing", WaitPhase.Waiting, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(240)),
            new WaitProgress("the thing", WaitPhase.Finished, TimeSpan.FromSeconds(70), TimeSpan.FromSeconds(230)),
        }));
    }

    [Test]
    public async Task Watch_PastItsLimit_ReportsNothingLeftRatherThanANegativeTime()
    {
        // Given a wait whose limit is shorter than the wait
        var clock = new FakeTimeProvider();
        var reports = new RecordingProgress();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var watched = new WaitReporter(reports, clock, Interval).WatchAsync("the thing", TimeSpan.FromSeconds(20), _ => done.Task, CancellationToken.None);

        // When it runs past the limit
        clock.Advance(Interval);
        done.SetResult();
        await watched;

        // Then the time left is zero
        Assert.That(reports.Items.Select(r => r.Remaining), Is.EqualTo(new[] { TimeSpan.FromSeconds(20), TimeSpan.Zero, TimeSpan.Zero }));
    }

    [Test]
    public async Task Watch_AWaitThatFails_StillReportsItsEndAndStopsReporting()
    {
        // Given a wait that fails after 40 s
        var clock = new FakeTimeProvider();
        var reports = new RecordingProgress();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var watched = new WaitReporter(reports, clock, Interval).WatchAsync("the thing", TimeSpan.FromMinutes(5), _ => done.Task, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(40));

        // When it fails, and time goes on
        done.SetException(new TimeoutException("gave up"));
        Assert.ThrowsAsync<TimeoutException>(() => watched);
        clock.Advance(TimeSpan.FromMinutes(2));

        // Then the last report is its end, and no tick follows it
        Assert.That(reports.Items.Select(r => r.Phase), Is.EqualTo(new[] { WaitPhase.Started, WaitPhase.Waiting, WaitPhase.Finished }));
    }

    [Test]
    public async Task Silent_ReportsNothingAndReturnsTheWaitsResult()
    {
        // Given the reporter for callers that show no progress
        // When it watches a wait
        var result = await WaitReporter.Silent.WatchAsync("the thing", TimeSpan.FromSeconds(1), _ => Task.FromResult(42), CancellationToken.None);

        // Then the wait's result comes back
        Assert.That(result, Is.EqualTo(42));
    }
}
