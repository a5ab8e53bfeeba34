using System.Text.Json.Nodes;
using BostonInfo.Skill.CityData.OpenData;
using BostonInfo.Skill.Fixtures;

namespace BostonInfo.Skill.Tests.CityDataFixtures;

public sealed class CkanFixtureTests
{
    private const string Sql = "/opendata/api/3/action/datastore_search_sql";
    private const string Search = "/opendata/api/3/action/datastore_search";
    private static readonly string Table = OpenDataClient.CrimeIncidentsResource;

    [Test]
    public void SearchSql_WithCastAndNullif_IsRefusedAsCkanRefusesFunctionsOutsideItsAllowlist()
    {
        var sql = $"""SELECT "STREET" FROM "{Table}" WHERE CAST(NULLIF("Lat", '') AS double precision) > 42""";

        var response = FixtureCalls.PostJson(Sql, new JsonObject { ["sql"] = sql });

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(403));
            Assert.That((bool)response.Body()["success"]!, Is.False);
            Assert.That((string?)response.Body()["error"]!["__type"], Is.EqualTo("Authorization Error"));
            Assert.That((string?)response.Body()["error"]!["message"], Is.EqualTo("Access denied: Not authorized to call function CAST"));
        });
    }

    [TestCase("upper", true)]
    [TestCase("ROUND", true)]
    [TestCase("nullif", false)]
    [TestCase("pg_sleep", false)]
    [TestCase("query_to_xml", false)]
    public void AllowedFunctions_AreCkansList(string function, bool allowed) =>
        Assert.That(Fixtures.Ckan.CkanAllowedFunctions.Allows(function), Is.EqualTo(allowed));

    [Test]
    public void SearchSql_WithOperatorsCaseAndCasts_IsAnswered()
    {
        var sql = $"""SELECT "STREET" FROM "{Table}" WHERE (CASE WHEN "Lat"::text ~ '^[0-9.]+$' THEN "Lat"::text::double precision END) > 42 """ +
            """AND "STREET" IN ('A', 'B') ORDER BY "OCCURRED_ON_DATE" DESC LIMIT 5""";

        var response = FixtureCalls.PostJson(Sql, new JsonObject { ["sql"] = sql });

        Assert.That((bool)response.Body()["success"]!, Is.True, response.Body);
    }

    [Test]
    public void SearchSql_InTheQueryString_IsBlockedByTheFirewall()
    {
        var response = FixtureCalls.Get(Sql, ("sql", $"""SELECT * FROM "{Table}" LIMIT 1"""));

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(403));
            Assert.That(response.ContentType, Does.StartWith("text/html"));
        });
    }

    [Test]
    public void SearchSql_WithoutUserAgent_IsBlockedByTheFirewall()
    {
        var response = FixtureCalls.PostJson(Sql, new JsonObject { ["sql"] = $"""SELECT * FROM "{Table}" """ }, userAgent: null);

        Assert.That(response.Status, Is.EqualTo(403));
    }

    [Test]
    public void SearchSql_OnAnUnknownTable_FailsLikePostgres()
    {
        var response = FixtureCalls.PostJson(Sql, new JsonObject { ["sql"] = """SELECT * FROM "12cb3883-56f5-47de-afa5-3b1cf61b257b" """ });

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(409));
            Assert.That((string?)response.Body()["error"]!["__type"], Is.EqualTo("Validation Error"));
            Assert.That((string?)response.Body()["error"]!["query"]![0], Does.Contain("relation \"12cb3883-56f5-47de-afa5-3b1cf61b257b\" does not exist"));
        });
    }

    [Test]
    public void SearchSql_OnAnUnknownColumn_FailsLikePostgres()
    {
        var response = FixtureCalls.PostJson(Sql, new JsonObject { ["sql"] = $"""SELECT "LATITUDE" FROM "{Table}" """ });

        Assert.That((string?)response.Body()["error"]!["query"]![0], Does.Contain("column \"LATITUDE\" does not exist"));
    }

    [Test]
    public void DatastoreSearch_OnAnUnknownResource_AnswersCkansNotFound()
    {
        var response = FixtureCalls.Get(Search, ("resource_id", "6ff6a6fd-0000-0000-0000-000000000000"), ("limit", "3"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(404));
            Assert.That((string?)response.Body()["error"]!["__type"], Is.EqualTo("Not Found Error"));
            Assert.That((string?)response.Body()["error"]!["message"],
                Is.EqualTo("Not found: Resource \"6ff6a6fd-0000-0000-0000-000000000000\" was not found."));
        });
    }

    [Test]
    public void DatastoreSearch_SortedByAColumnTheTableLacks_IsAValidationError()
    {
        var response = FixtureCalls.Get(Search, ("resource_id", "9d7c2214-4709-478a-a2e8-fb2020a5bb94"), ("sort", "open_date desc"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Status, Is.EqualTo(409));
            Assert.That((string?)response.Body()["error"]!["sort"]![0], Is.EqualTo("invalid value \"open_date desc\""));
        });
    }

    [Test]
    public void DatastoreSearch_SortedAndLimited_AnswersTheNewestRows()
    {
        var response = FixtureCalls.Get(Search, ("resource_id", "9d7c2214-4709-478a-a2e8-fb2020a5bb94"), ("sort", "open_dt desc"), ("limit", "2"));

        var opened = response.Body()["result"]!["records"]!.AsArray().Select(record => (string?)record!["open_dt"]).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(opened, Has.Count.EqualTo(2));
            Assert.That(opened, Is.Ordered.Descending);
        });
    }
}
