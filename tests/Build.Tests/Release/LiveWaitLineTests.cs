using Build.Release;
using Microsoft.Extensions.Time.Testing;
using SkillRelease.Release.Waiting;

namespace Build.Tests.Release;

public sealed class LiveWaitLineTests
{
    private static readonly WaitProgress Started = new("the thing", WaitPhase.Started, TimeSpan.Zero, TimeSpan.FromMinutes(5));

    [Test]
    public void Report_WhileAWaitRuns_RewritesOneLineEverySecondFromTheLastReport()
    {
        // Given a terminal's live line on a fake clock
        var output = new StringWriter();
        var clock = new FakeTimeProvider();
        using var live = new LiveWaitLine(output, clock);

        // When a wait starts and two seconds pass
        live.Report(Started);
        clock.Advance(LiveWaitLine.Refresh);
        clock.Advance(LiveWaitLine.Refresh);

        // Then the same line was drawn three times, each going back to its start, with no line break
        Assert.That(output.ToString(), Is.EqualTo(
            "\r  waiting for the thing: 0 s elapsed, at most 5 min 00 s left"
            + "\r  waiting for the thing: 1 s elapsed, at most 4 min 59 s left"
            + "\r  waiting for the thing: 2 s elapsed, at most 4 min 58 s left"));
    }

    [Test]
    public void Report_TheEnd_ErasesTheLineAndStopsRedrawing()
    {
        // Given a live line on show
        var output = new StringWriter();
        var clock = new FakeTimeProvider();
        using var live = new LiveWaitLine(output, clock);
        live.Report(Started);
        var shown = WaitProgressText.Line(Started).Length;

        // When the wait ends and time goes on
        live.Report(Started with { Phase = WaitPhase.Finished });
        var atEnd = output.ToString();
        clock.Advance(TimeSpan.FromSeconds(5));

        // Then the line was blanked and the cursor is back at its start, and nothing more was drawn
        Assert.That(atEnd, Does.EndWith("\r" + new string(' ', shown) + "\r"));
        Assert.That(output.ToString(), Is.EqualTo(atEnd));
    }

    [Test]
    public void Interrupt_WhileTheLineIsShown_ErasesItBeforeTheWriteAndDrawsItAgainAfter()
    {
        // Given a live line on show
        var output = new StringWriter();
        var clock = new FakeTimeProvider();
        using var live = new LiveWaitLine(output, clock);
        live.Report(Started);
        var shown = WaitProgressText.Line(Started).Length;

        // When a log line is written, and a second passes
        live.Interrupt(() => output.Write("a log line\n"));
        clock.Advance(LiveWaitLine.Refresh);

        // Then the log line stands on a line of its own, and the live line comes back under it
        Assert.That(output.ToString(), Does.EndWith(
            "\r" + new string(' ', shown) + "\r" + "a log line\n" + "\r  waiting for the thing: 1 s elapsed, at most 4 min 59 s left"));
    }
}
