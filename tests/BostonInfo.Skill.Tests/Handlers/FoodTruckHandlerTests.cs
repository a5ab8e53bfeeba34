using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Location;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class FoodTruckHandlerTests
{
    private const string Intent = "FoodTruckIntent";

    [Test]
    public async Task Address_ReadsTodaysTrucksClosestFirst()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "1000 Dorchester Ave"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Heard(), Is.EqualTo(
                "There are 2 food trucks within a mile of you today. " +
                "Moyzilla is at Dorchester Avenue at Savin Hill, 11am to 3pm. " +
                "Zaaki is at Andrew Square, 4pm to 8pm."));
            Assert.That(response.CardTitle(), Is.EqualTo("Food Trucks"));
            Assert.That(Uri.UnescapeDataString(skill.CallsTo("arcgis").Single().Query), Does.Contain("distance=1&units=esriSRUnit_StatuteMile"));
        });
    }

    [Test]
    public async Task NoPermission_AsksForTheAddress()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent));

        Assert.Multiple(() =>
        {
            Assert.That(response.CardType(), Is.EqualTo("AskForPermissionsConsent"));
            Assert.That(response.Directive(), Is.EqualTo("Dialog.ElicitSlot:Address"));
        });
    }

    [TestCase(1, "There is one food truck within a mile of you today.")]
    [TestCase(7, "There are 7 food trucks within a mile of you today. Here are the 5 closest.")]
    public void Introduction_DependsOnTheCount(int count, string expected)
    {
        Assert.That(FoodTruckHandler.IntroductionSpeech(count), Is.EqualTo(expected));
    }
}
