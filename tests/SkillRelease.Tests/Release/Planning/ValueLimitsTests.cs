using SkillRelease.Release.Planning;

namespace SkillRelease.Tests.Release.Planning;

public sealed class ValueLimitsTests
{
    [TestCase(true, true, 0d, true)]
    [TestCase(false, true, 0d, false)]
    [TestCase(true, true, 10d, true)]
    [TestCase(true, false, 10d, false)]
    [TestCase(true, true, 5d, true)]
    [TestCase(true, true, -0.1, false)]
    [TestCase(true, true, 10.1, false)]
    public void Contains_AtAndBeyondEachEnd_FollowsWhetherTheEndIsIncluded(bool minimumIncluded, bool maximumIncluded, double value, bool contained)
    {
        // Given the interval from 0 to 10 with each end included or not
        var limits = new ValueLimits(0, 10, minimumIncluded, maximumIncluded);

        // When a value at or beyond an end is checked
        // Then it is inside exactly when its end is included
        Assert.That(limits.Contains(value), Is.EqualTo(contained));
    }

    [TestCase(true, true, "at least 0 and at most 10")]
    [TestCase(false, false, "more than 0 and less than 10")]
    public void ToString_ReadsAfterMustBe(bool minimumIncluded, bool maximumIncluded, string expected)
    {
        // Given an interval
        // Then it reads as the rest of a sentence
        Assert.That(new ValueLimits(0, 10, minimumIncluded, maximumIncluded).ToString(), Is.EqualTo(expected));
    }
}
