using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class FarmersMarketHandlerTests
{
    private const string Intent = "FarmersMarketIntent";

    [Test]
    public async Task Thursday_ReadsThursdaysMarkets()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent));

        Assert.Multiple(() =>
        {
            Assert.That(response.Heard(), Is.EqualTo(
                "One farmers market is open in Boston today, Thursday. Mattapan Square Farmers Market, at 1580 Blue Hill Avenue, 10am to 1pm."));
            Assert.That(response.CardTitle(), Is.EqualTo("Farmers Markets"));
            Assert.That(response.ShouldEndSession(), Is.True);
        });
    }

    [Test]
    public async Task DuplicateRows_AreReadOnce_AndAmpersandsEscaped()
    {
        var skill = new FixtureSkill();
        skill.Time.UtcNow = new DateTimeOffset(2026, 1, 13, 15, 0, 0, TimeSpan.Zero);

        using var tuesday = await skill.AskAsync(FixtureSkill.Intent(Intent));
        skill.Time.UtcNow = new DateTimeOffset(2026, 1, 12, 15, 0, 0, TimeSpan.Zero);
        using var monday = await skill.AskAsync(FixtureSkill.Intent(Intent));

        Assert.Multiple(() =>
        {
            Assert.That(tuesday.Ssml(), Does.Contain("Roxbury Farmers Market &amp; Craft Fair"));
            Assert.That(monday.Heard(), Does.StartWith("One farmers market is open in Boston today, Monday."));
        });
    }
}
