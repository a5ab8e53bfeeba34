using Build.Release;
using SkillRelease.Release.Waiting;

namespace Build.Tests.Release;

public sealed class WaitProgressLogTests
{
    [Test]
    public void Report_OfAWholeWait_LogsOneLinePerIntervalAndNothingForItsStartOrEnd()
    {
        // Given the log display (output that is not a terminal)
        var logger = new CapturingLogger();
        var log = new WaitProgressLog(logger);

        // When a wait starts, goes on twice and ends
        log.Report(new WaitProgress("the canary on alias blue", WaitPhase.Started, TimeSpan.Zero, TimeSpan.FromMinutes(10)));
        log.Report(new WaitProgress("the canary on alias blue", WaitPhase.Waiting, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(570)));
        log.Report(new WaitProgress("the canary on alias blue", WaitPhase.Waiting, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(540)));
        log.Report(new WaitProgress("the canary on alias blue", WaitPhase.Finished, TimeSpan.FromSeconds(61), TimeSpan.FromSeconds(539)));

        // Then the log has one line for each report that it goes on
        Assert.That(logger.Lines, Is.EqualTo(new[]
        {
            "Information:   waiting for the canary on alias blue: 30 s elapsed, at most 9 min 30 s left",
            "Information:   waiting for the canary on alias blue: 1 min 00 s elapsed, at most 9 min 00 s left",
        }));
    }
}
