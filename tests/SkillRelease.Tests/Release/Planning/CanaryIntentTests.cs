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

    [TestCase(100d, 10d, IntentField.CanaryPercent)]
    [TestCase(-1d, 10d, IntentField.CanaryPercent)]
    [TestCase(null, 10d, IntentField.CanaryPercent)]
    [TestCase(10d, 1441d, IntentField.CanaryMinutes)]
    [TestCase(10d, -1d, IntentField.CanaryMinutes)]
    [TestCase(10d, null, IntentField.CanaryMinutes)]
    public void From_OutsideTheLimits_RefusesNamingTheFigureItsValueAndItsLimits(double? percent, double? minutes, IntentField named)
    {
        // Given one figure outside its limits
        // When the intent is built
        var refusal = Assert.Throws<IntentValueException>(() => Canary.From(percent, minutes));

        // Then the refusal says, as data, which figure, what was given and what it must be
        var (value, limits) = named == IntentField.CanaryPercent ? (percent, Canary.PercentLimits) : (minutes, Canary.MinutesLimits);
        Assert.That((refusal!.Field, refusal.Value, refusal.Limits), Is.EqualTo((named, value, limits)));
    }

    [Test]
    public void From_OutsideTheLimits_SaysSoInTheEnginesWords()
    {
        // Given a percent of all the traffic
        // When the intent is built
        var refusal = Assert.Throws<IntentValueException>(() => Canary.From(100, 10));

        // Then the sentence names the figure, its limits and the value, and no command-line switch
        Assert.That(refusal!.Message, Is.EqualTo("The canary's percent of traffic must be more than 0 and less than 100, not 100."));
    }

    [Test]
    public void Limits_OfTheCanary_AreSomeTrafficForUpToADay()
    {
        // Given the canary's limits
        // Then the ends are as the refusal says: 0 and 100 % excluded, a day of minutes included
        Assert.Multiple(() =>
        {
            Assert.That(Canary.PercentLimits.ToString(), Is.EqualTo("more than 0 and less than 100"));
            Assert.That(Canary.MinutesLimits.ToString(), Is.EqualTo("more than 0 and at most 1440"));
        });
    }

    [TestCase(0d, 10d)]
    [TestCase(10d, 0d)]
    public void From_WithOneFigureZeroAndTheOtherSet_Refuses(double percent, double minutes)
    {
        // Given a canary of no traffic, or of no time
        // When the intent is built
        // Then it is refused rather than run as a canary that cannot show anything
        Assert.Throws<IntentValueException>(() => Canary.From(percent, minutes));
    }

    [Test]
    public void From_WithTooManyMinutes_SaysHowMany()
    {
        // Given a canary longer than a day
        // When
        var refusal = Assert.Throws<IntentValueException>(() => Canary.From(10, 1441));

        // Then
        Assert.That(refusal!.Message, Is.EqualTo("The canary's duration in minutes must be more than 0 and at most 1440, not 1441."));
    }

    [Test]
    public void From_WithAPercentAndNoMinutes_SaysTheMinutesAreMissing()
    {
        // Given a percent without minutes
        // When
        var refusal = Assert.Throws<IntentValueException>(() => Canary.From(10, null));

        // Then
        Assert.That(refusal!.Message, Does.EndWith("not missing."));
    }
}
