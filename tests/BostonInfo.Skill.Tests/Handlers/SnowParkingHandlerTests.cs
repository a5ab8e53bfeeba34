using BostonInfo.Skill.CityData;
using BostonInfo.Skill.CityData.ArcGis;
using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Location;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class SnowParkingHandlerTests
{
    private const string Intent = "SnowParkingIntent";

    private const string NearestToDorchesterAve =
        "The nearest snow emergency parking is Municipal Lot #019, at 16 Hamlet St, about 0.4 miles away in a straight line. " +
        "It has 100 spaces. There is no fee.";

    [Test]
    public async Task Address_NamesTheNearestLotWithItsStraightLineDistance()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "1000 Dorchester Ave"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(NearestToDorchesterAve));
            Assert.That(response.CardTitle(), Is.EqualTo("Snow Parking"));
            Assert.That(response.ShouldEndSession(), Is.True);
        });
    }

    [Test]
    public async Task DevicePosition_InBoston_IsUsedWithoutAnAddress()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithGeolocation(42.316466, -71.056769));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(NearestToDorchesterAve));
            Assert.That(skill.CallsTo("geocoder").Single().AbsolutePath, Does.EndWith("/reverseGeocode"));
            Assert.That(skill.CallsTo("alexa"), Is.Empty);
        });
    }

    [Test]
    public async Task DevicePosition_InCambridge_IsOutsideBoston()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithGeolocation(42.367084, -71.105708));

        Assert.That(response.Speech(), Is.EqualTo(LocationReplies.OutsideBostonPositionSpeech));
    }

    [Test]
    public async Task TheLots_AreRequestedBeforeTheAddressIsGeocoded_SoBothCallsOverlap()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "1000 Dorchester Ave"));

        Assert.That(skill.Http.Requests.Select(uri => uri.AbsolutePath.Split('/')[1]), Is.EqualTo(new[] { "arcgis", "geocoder" }));
    }

    [Test]
    public async Task MovingDeviceWithoutPositionOrPermission_AsksForBothScopes()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithGeolocationSupportOnly());

        Assert.That(response.CardPermissions(), Is.EqualTo(new[] { PermissionScopes.FullAddress, PermissionScopes.Geolocation }));
    }

    [Test]
    public async Task TheLots_AreFetchedOncePerWarmContainer_AndAgainAfterTheirLifetime()
    {
        var skill = new FixtureSkill();
        var request = FixtureSkill.Intent(Intent).WithGeolocation(42.316466, -71.056769);

        using (await skill.AskAsync(request))
        using (await skill.AskAsync(request))
        {
            Assert.That(skill.CallsTo("arcgis"), Has.Count.EqualTo(1));
        }

        skill.Time.UtcNow += SnowParkingHandler.LotsLifetime;
        using (await skill.AskAsync(request))
        {
            Assert.That(skill.CallsTo("arcgis"), Has.Count.EqualTo(2));
        }
    }

    [Test]
    public void LotSpeech_SaysFeePhoneAndComments()
    {
        var lot = new SnowParkingLot("Garage", "1 Main St", new GeoPoint(42.3, -71), "50", "$10 for 24 hours", "Residents only.", "617-555-0100");

        Assert.That(SnowParkingHandler.LotSpeech(lot, 1.26), Is.EqualTo(
            "The nearest snow emergency parking is Garage, at 1 Main St, about 1.3 miles away in a straight line. It has 50 spaces. " +
            "The fee is $10 for 24 hours. Residents only. For more information, call 617-555-0100."));
    }
}
