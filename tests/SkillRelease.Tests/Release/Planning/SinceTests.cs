using SkillRelease.Release.Planning;
using SkillRelease.Tests.Release.Support;

namespace SkillRelease.Tests.Release.Planning;

/// <summary>How the planners say since when something waits: the UTC time and its age in the largest whole unit.</summary>
public sealed class SinceTests
{
    [TestCase(-2 * 24 * 60, " since 2026-11-24 12:00 UTC (2 days ago)")]
    [TestCase(-24 * 60, " since 2026-11-25 12:00 UTC (1 days ago)")]
    [TestCase(-60, " since 2026-11-26 11:00 UTC (1 hours ago)")]
    [TestCase(-59, " since 2026-11-26 11:01 UTC (59 minutes ago)")]
    [TestCase(0, " since 2026-11-26 12:00 UTC (0 minutes ago)")]
    [TestCase(3, " since 2026-11-26 12:03 UTC (0 minutes ago)")]
    public void Since_ATime_SaysItAndItsAgeInTheLargestWholeUnit(int minutesFromNow, string expected)
    {
        // Given a time (a clock ahead of ours reads as just now)
        var then = StateBuilder.Now.AddMinutes(minutesFromNow);

        // When
        var since = SharedSteps.Since(then, StateBuilder.Now);

        // Then
        Assert.That(since, Is.EqualTo(expected));
    }

    [Test]
    public void Since_NoTime_SaysNothing()
    {
        // Given no time (SMAPI sent none)
        // When
        var since = SharedSteps.Since(null, StateBuilder.Now);

        // Then
        Assert.That(since, Is.Empty);
    }
}
