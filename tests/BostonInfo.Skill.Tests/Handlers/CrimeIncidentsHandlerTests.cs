using System.Text.Json.Nodes;
using BostonInfo.Skill.CityData.OpenData;
using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Location;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class CrimeIncidentsHandlerTests
{
    private const string Intent = "CrimeIncidentsIntent";

    [Test]
    public async Task Address_ReadsTheNewestIncidentsNearby()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "1000 Dorchester Ave"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Heard(), Is.EqualTo(
                "Here are the 3 most recent crime incident reports within half a mile. " +
                "On Wednesday, January 14 at 6:30 PM: larceny all others on DORCHESTER AVE. " +
                "On Wednesday, January 14 at 9:05 AM: investigate person on SAVIN HILL AVE. " +
                "On Monday, January 12 at 10:47 PM: harassment on PEARL ST."));
            Assert.That(response.CardTitle(), Is.EqualTo("Crime Reports"));
        });
    }

    [Test]
    public async Task Query_FiltersByDistanceAndSortsNewestFirst()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithGeolocation(42.316466, -71.056769));

        var call = skill.Http.Received.Single(request => request.Path.StartsWith("/opendata/", StringComparison.Ordinal));
        var sql = JsonNode.Parse(call.Body!)!["sql"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(call.Method, Is.EqualTo("POST"), "Analyze Boston's firewall refuses SQL in a query string");
            Assert.That(sql, Does.Contain($"FROM \"{OpenDataClient.CrimeIncidentsResource}\""));
            Assert.That(sql, Does.Contain("BETWEEN 42.30922 AND 42.32371"));
            Assert.That(sql, Does.Contain("ORDER BY \"OCCURRED_ON_DATE\" DESC LIMIT 5"));
        });
    }
}
