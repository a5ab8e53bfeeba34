using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Location;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class VotingHandlerTests
{
    private const string Intent = "VotingIntent";

    [Test]
    public async Task Address_NamesThePollingPlaceOfItsPrecinct()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "1000 Dorchester Ave"));

        var pollingQuery = skill.CallsTo("arcgis").Single(uri => uri.AbsolutePath.Contains("polling_locations_2017", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(
                "Your polling place is Cristo Rey Boston High School, at 100 Savin Hill Ave. That address votes in ward 16, precinct 8."));
            Assert.That(Uri.UnescapeDataString(pollingQuery.Query), Does.Contain("where=Ward = 16 AND Precinct = 8"));
            Assert.That(response.CardTitle(), Is.EqualTo("Where to Vote"));
        });
    }

    [Test]
    public async Task DevicePosition_IsNotWhereSomeoneVotes_SoTheDeviceAddressIsAskedFor()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithGeolocation(42.316466, -71.056769));

        Assert.Multiple(() =>
        {
            Assert.That(response.CardPermissions(), Is.EqualTo(new[] { PermissionScopes.FullAddress }));
            Assert.That(skill.CallsTo("geocoder"), Is.Empty);
        });
    }

    [Test]
    public async Task ZipCodeSlot_IsAddedToTheGeocoderQuery()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "100 Washington Street").WithSlot("Zipcode", "2119"));

        Assert.That(Uri.UnescapeDataString(skill.CallsTo("geocoder").Single().Query), Does.Contain("singleLine=100 Washington Street, 02119"));
    }
}
