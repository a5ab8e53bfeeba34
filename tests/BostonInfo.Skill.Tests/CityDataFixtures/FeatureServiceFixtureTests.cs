using System.Text.Json.Nodes;
using BostonInfo.Skill.CityData.ArcGis;
using BostonInfo.Skill.Fixtures;

namespace BostonInfo.Skill.Tests.CityDataFixtures;

public sealed class FeatureServiceFixtureTests
{
    private const string FoodTrucks = "/arcgis/" + FeatureLayers.FoodTrucks + "/query";
    private const string Precincts = "/arcgis/" + FeatureLayers.Precincts + "/query";
    private const string PollingPlaces = "/arcgis/" + FeatureLayers.PollingPlaces + "/query";

    [TestCase("/arcgis/Polling_Locations/FeatureServer/0/query")]
    [TestCase("/arcgis/Snow_Emergency_Parking/FeatureServer/0/query")]
    [TestCase("/arcgis/food_truck_schedule/FeatureServer/3/query")]
    public void Query_OfAnUnknownServiceOrLayer_AnswersArcGisErrorWithStatus200(string path)
    {
        var response = FixtureCalls.Get(path, ("f", "json"), ("where", "1=1"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(200));
            Assert.That((int?)response.Body()["error"]!["code"], Is.EqualTo(400));
            Assert.That((string?)response.Body()["error"]!["message"], Is.EqualTo("Invalid URL"));
            Assert.That(response.Body()["error"]!["details"], Is.InstanceOf<JsonArray>());
        });
    }

    [TestCase("where", "Wrd = 16")]
    [TestCase("outFields", "Location2,Address")]
    [TestCase("orderByFields", "Built DESC")]
    public void Query_NamingAFieldTheLayerLacks_AnswersArcGisError(string parameter, string value)
    {
        var query = new Dictionary<string, string> { ["f"] = "json", ["where"] = "1=1", [parameter] = value };

        var response = FixtureCalls.Get(PollingPlaces, [.. query.Select(pair => (pair.Key, pair.Value))]);

        Assert.That((int?)response.Body()["error"]?["code"], Is.EqualTo(400));
    }

    [Test]
    public void Query_WithoutFJson_AnswersTheHtmlPage()
    {
        var response = FixtureCalls.Get(PollingPlaces, ("where", "1=1"));

        Assert.That(response.ContentType, Does.StartWith("text/html"));
    }

    [Test]
    public void Query_Where_ReturnsOnlyMatchingFeatures()
    {
        var hit = FixtureCalls.Get(PollingPlaces, ("f", "json"), ("where", "Ward = 16 AND Precinct = 8"), ("outFields", "Location2"));
        var miss = FixtureCalls.Get(PollingPlaces, ("f", "json"), ("where", "Ward = 16 AND Precinct = 9"), ("outFields", "Location2"));

        Assert.Multiple(() =>
        {
            Assert.That(hit.Body()["features"]!.AsArray().Select(feature => feature!["attributes"]!.AsObject().Select(pair => pair.Key)),
                Has.All.EqualTo(new[] { "Location2" }), "outFields limits the attributes");
            Assert.That(hit.Body()["features"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(miss.Body()["features"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public void Query_PointInPolygon_FindsOnlyThePrecinctContainingIt()
    {
        static JsonArray PrecinctsAt(string point) => FixtureCalls.Get(Precincts, ("f", "json"), ("geometry", point),
            ("geometryType", "esriGeometryPoint"), ("inSR", "4326"), ("outFields", "WARD_PRECINCT"))
            .Body()["features"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(PrecinctsAt("-71.056769,42.316466"), Has.Count.EqualTo(1));
            Assert.That(PrecinctsAt("-71.11412,42.31196"), Is.Empty);
        });
    }

    [Test]
    public void Query_PointWithoutInSr_IsReadInWebMercatorAndMatchesNothing()
    {
        var response = FixtureCalls.Get(Precincts, ("f", "json"), ("geometry", "-71.056769,42.316466"), ("geometryType", "esriGeometryPoint"));

        Assert.That(response.Body()["features"]!.AsArray(), Is.Empty);
    }

    [Test]
    public void Query_Distance_KeepsOnlyFeaturesWithinIt_AndOrderByFieldsSorts()
    {
        var response = FixtureCalls.Get(FoodTrucks, ("f", "json"), ("where", "Day = 'Monday'"), ("outFields", "Truck"),
            ("geometry", "-71.056769,42.316466"), ("geometryType", "esriGeometryPoint"), ("inSR", "4326"),
            ("distance", "1"), ("units", "esriSRUnit_StatuteMile"), ("orderByFields", "Truck DESC"));

        var trucks = response.Body()["features"]!.AsArray().Select(feature => (string?)feature!["attributes"]!["Truck"]).ToList();
        Assert.That(trucks, Is.EqualTo(new[] { "Zaaki", "Moyzilla" }), "Bon Me at Dewey Square is 2.5 miles away");
    }

    [Test]
    public void Query_WithoutOutSr_AnswersWebMercatorGeometry()
    {
        var response = FixtureCalls.Get(FoodTrucks, ("f", "json"), ("where", "1=1"));

        Assert.That((double)response.Body()["features"]![0]!["geometry"]!["x"]!, Is.LessThan(-7_000_000));
    }

    [Test]
    public void Geocoder_FindAddressCandidatesWithoutAnAddress_AnswersArcGisError()
    {
        var response = FixtureCalls.Get("/geocoder/findAddressCandidates", ("f", "json"), ("outFields", "City"));

        Assert.That((int?)response.Body()["error"]?["code"], Is.EqualTo(400));
    }

    [Test]
    public void Geocoder_WithoutFJson_AnswersTheHtmlPage()
    {
        var response = FixtureCalls.Get("/geocoder/findAddressCandidates", ("singleLine", "1000 Dorchester Ave"));

        Assert.That(response.ContentType, Does.StartWith("text/html"));
    }

    [Test]
    public void BostonGov_WithoutUserAgent_IsBlockedByTheFirewall()
    {
        var response = new FixtureResponder().Respond(new FixtureRequest("GET", "/bostongov/", new Dictionary<string, string>(), null, null));

        Assert.That(response.Status, Is.EqualTo(403));
    }
}
