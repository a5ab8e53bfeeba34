using Build.Release;
using SkillRelease.Release.Waiting;

namespace Build.Tests.Release;

public sealed class WaitProgressTextTests
{
    [TestCase(0, "0 s")]
    [TestCase(45.9, "45 s")]
    [TestCase(60, "1 min 00 s")]
    [TestCase(125, "2 min 05 s")]
    [TestCase(3599, "59 min 59 s")]
    [TestCase(3720, "1 h 02 min")]
    [TestCase(-3, "0 s")]
    public void Duration_InWholeSeconds_ReadsInItsTwoLargestUnits(double seconds, string expected)
    {
        // Given a duration
        // Then it reads in whole seconds, in at most two units
        Assert.That(WaitProgressText.Duration(TimeSpan.FromSeconds(seconds)), Is.EqualTo(expected));
    }

    [Test]
    public void Line_OfAWait_SaysWhatItWaitsForHowLongItTookAndHowLongItMayStillTake()
    {
        // Given a wait's progress
        var progress = new WaitProgress("Lambda's update of $LATEST", WaitPhase.Waiting, TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(210));

        // Then its line reads as a sentence
        Assert.That(WaitProgressText.Line(progress), Is.EqualTo("  waiting for Lambda's update of $LATEST: 1 min 30 s elapsed, at most 3 min 30 s left"));
    }
}
