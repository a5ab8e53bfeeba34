using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class InclementWeatherHandlerTests
{
    [Test]
    public async Task SnowBanner_IsReadOut()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent("InclementWeatherIntent"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Does.StartWith("Snow emergency. A snow emergency and parking ban are in effect"));
            Assert.That(response.CardTitle(), Is.EqualTo("Weather Alerts"));
            Assert.That(response.ShouldEndSession(), Is.True);
        });
    }
}
