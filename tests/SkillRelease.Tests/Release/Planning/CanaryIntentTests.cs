using SkillRelease.Release.Planning;

namespace SkillRelease.Tests.Release.Planning;

/// <summary>Canary.From's limits, each boundary on both sides (survivors of the first mutation run, docs/mutation.md).</summary>
public sealed class CanaryIntentTests
{
    [TestCase(null, null)]
    [TestCase(0d, 0d)]
    [TestCase(null, 0d)]
    [TestCase(0d, null)]
    public void From_WithoutPercentAndMinutes_IsNoCanary(double? percent, double? minutes)
    {
        // Given no canary figures
        // When the intent is built
        var canary = Canary.From(percent, minutes);

        // Then there is no canary
        Assert.That(canary, Is.Null);
    }

    [TestCase(0.5, 1d)]
    [TestCase(99.5, 1440d)]
    public void From_InsideTheLimits_CarriesTheFigures(double percent, double minutes)
    {
        // Given figures just inside the limits
        // When the intent is built
        var canary = Canary.From(percent, minutes);

        // Then it carries them
        Assert.That(canary, Is.EqualTo(new Canary(percent, TimeSpan.FromMinutes(minutes))));
    }

    [TestCase(100d, 10d, "--canary-percent")]
    [TestCase(-1d, 10d, "--canary-percent")]
    [TestCase(null, 10d, "--canary-percent")]
    [TestCase(10d, 1441d, "--canary-minutes")]
    [TestCase(10d, -1d, "--canary-minutes")]
    [TestCase(10d, null, "--canary-minutes")]
    public void From_OutsideTheLimits_RefusesAndNamesTheSwitch(double? percent, double? minutes, string named)
    {
        // Given one figure outside its limits
        // When the intent is built
        var refusal = Assert.Throws<ArgumentException>(() => Canary.From(percent, minutes));

        // Then the refusal names the switch to fix
        Assert.That(refusal!.Message, Does.StartWith(named));
    }

    [TestCase(0d, 10d)]
    [TestCase(10d, 0d)]
    public void From_WithOneFigureZeroAndTheOtherSet_Refuses(double percent, double minutes)
    {
        // Given a canary of no traffic, or of no time
        // When the intent is built
        // Then it is refused rather than run as a canary that cannot show anything
        Assert.Throws<ArgumentException>(() => Canary.From(percent, minutes));
    }

    [Test]
    public void From_WithTooManyMinutes_SaysHowMany()
    {
        // Given a canary longer than a day
        // When
        var refusal = Assert.Throws<ArgumentException>(() => Canary.From(10, 1441));

        // Then
        Assert.That(refusal!.Message, Does.EndWith("not 1441."));
    }

    [Test]
    public void From_WithAPercentAndNoMinutes_SaysTheMinutesAreMissing()
    {
        // Given a percent without minutes
        // When
        var refusal = Assert.Throws<ArgumentException>(() => Canary.From(10, null));

        // Then
        Assert.That(refusal!.Message, Does.EndWith("not missing."));
    }
}
