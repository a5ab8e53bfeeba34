using BostonInfo.Skill.CityData.ArcGis;
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
            Assert.That(Uri.UnescapeDataString(pollingQuery.Query), Does.Contain("outFields=Location2,Location3,Ward,Precinct"));
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

    [TestCase("Dorchester Avenue")]
    [TestCase("02125")]
    public async Task AddressWithoutHouseNumber_IsNotGeocoded_TheWholeStreetAddressIsAskedFor(string said)
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", said));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(LocationReplies.HouseNumberSpeech(said)));
            Assert.That(response.Directive(), Is.EqualTo("Dialog.ElicitSlot:Address"));
            Assert.That(skill.CallsTo("geocoder"), Is.Empty);
        });
    }

    [Test]
    public async Task PollingPlaces_AreFetchedBesideTheGeocoder_AndARepeatQuestionCostsOneCall()
    {
        var skill = new FixtureSkill();

        using var first = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "1000 Dorchester Ave"));
        var firstCalls = skill.Http.Requests.Count;
        using var repeat = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "1000 Dorchester Ave"));

        Assert.Multiple(() =>
        {
            Assert.That(skill.Http.Requests[0].AbsolutePath, Does.Contain(FeatureLayers.PollingPlaces), "started before the address was geocoded");
            Assert.That(firstCalls, Is.EqualTo(3));
            Assert.That(repeat.Speech(), Is.EqualTo(first.Speech()));
            Assert.That(skill.Http.Requests.Skip(firstCalls).Select(uri => uri.AbsolutePath), Is.EqualTo(new[] { $"/arcgis/{FeatureLayers.Precincts}/query" }));
        });
    }

    [Test]
    public async Task HouseNumberTheGeocoderPlacesOnlyOnTheStreet_IsNotFound_AndNoPrecinctIsLookedUp()
    {
        // What ArcGIS answers for a number that does not exist on the street: the street's centre, Addr_type StreetName.
        var streetCentre = """
            {"candidates": [{"address": "Dorchester Ave, Dorchester, Massachusetts, 02125", "location": {"x": -71.0568, "y": 42.3165},
              "score": 100, "attributes": {"Addr_type": "StreetName", "City": "Dorchester", "Region": "Massachusetts", "Postal": "02125"}}]}
            """;
        var skill = new FixtureSkill(replaceAnswer: uri => uri.AbsolutePath.EndsWith("/findAddressCandidates", StringComparison.Ordinal) ? streetCentre : null);

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "5 Dorchester Avenue"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(LocationReplies.NotFoundSpeech("5 Dorchester Avenue")));
            Assert.That(response.Directive(), Is.EqualTo("Dialog.ElicitSlot:Address"));
            Assert.That(skill.CallsTo("arcgis").Where(uri => uri.AbsolutePath.Contains(FeatureLayers.Precincts, StringComparison.Ordinal)), Is.Empty);
        });
    }
}
