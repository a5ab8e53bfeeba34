using SkillRelease.Release.State;

namespace SkillRelease.Tests.Release.State;

public sealed class AliasDescriptionTests
{
    [Test]
    public void ToString_ThenParse_RoundTrips()
    {
        var description = new AliasDescription("v1.2.0", Previous: "7");

        Assert.That(description.ToString(), Is.EqualTo("release=v1.2.0 previous=7"));
        Assert.That(AliasDescription.Parse(description.ToString()), Is.EqualTo(description));
    }

    [Test]
    public void Parse_OfAHumanDescription_KnowsNothing()
    {
        Assert.That(AliasDescription.Parse("created by hand in the console"), Is.EqualTo(new AliasDescription()));
        Assert.That(AliasDescription.Parse(null), Is.EqualTo(new AliasDescription()));
    }

    [Test]
    public void ForVersion_HoldsTagUtcDateAndShortCommit()
    {
        var at = new DateTimeOffset(2026, 11, 26, 23, 30, 0, TimeSpan.FromHours(-5));

        Assert.That(AliasDescription.ForVersion("v1.0.0", at, "abc1234"), Is.EqualTo("v1.0.0 2026-11-27 abc1234"));
    }
}
