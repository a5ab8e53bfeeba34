using SkillRelease.Release.Canaries;
using SkillRelease.Release.Planning;

namespace SkillRelease.Tests.Release.Canaries;

public sealed class CanaryFiguresTests
{
    private static readonly Canary Defaults = new(10, TimeSpan.FromMinutes(10));

    [TestCase(100, 4, false, TestName = "Fail_BelowTheErrorRate_IsHealthy")]
    [TestCase(20, 0, false, TestName = "Fail_WithoutErrors_IsHealthy")]
    [TestCase(20, 1, true, TestName = "Fail_AtExactlyTheThreshold_Fails")]
    [TestCase(60, 12, true, TestName = "Fail_AboveTheThreshold_Fails")]
    [TestCase(19, 19, false, TestName = "Fail_WithTooFewInvocations_SaysNothingEvenIfAllFailed")]
    [TestCase(0, 0, false, TestName = "Fail_WithoutInvocations_SaysNothing")]
    public void Fail_WithTheDefaultThresholds_JudgesOnlyEnoughInvocations(long invocations, long errors, bool fails)
    {
        var figures = new CanaryFigures("blue", "2", invocations, errors);

        Assert.That(figures.Fail(Defaults), Is.EqualTo(fails));
    }

    [Test]
    public void Fail_WithStricterSettings_UsesThem()
    {
        var strict = Defaults with { MaxErrorRate = 0.01, MinInvocations = 5 };

        Assert.That(new CanaryFigures("blue", "2", Invocations: 10, Errors: 1).Fail(strict), Is.True);
    }

    [Test]
    public void ToString_SaysVersionAliasCountsAndRate()
    {
        Assert.That(new CanaryFigures("blue", "7", 60, 12).ToString(), Is.EqualTo("version 7 on alias blue: 12 error(s) in 60 invocation(s) (20%)"));
    }
}
