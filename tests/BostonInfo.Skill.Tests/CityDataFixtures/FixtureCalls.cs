using System.Text.Json.Nodes;
using BostonInfo.Skill.CityData.Http;
using BostonInfo.Skill.Fixtures;

namespace BostonInfo.Skill.Tests.CityDataFixtures;

/// <summary>Requests to the fake city services as a client would send them, and their answers as JSON.</summary>
internal static class FixtureCalls
{
    public static FixtureResponse Get(string path, params (string Name, string Value)[] query) =>
        new FixtureResponder().Respond(new FixtureRequest("GET", path, query.ToDictionary(pair => pair.Name, pair => pair.Value), null, null, UpstreamHttp.UserAgent));

    public static FixtureResponse PostJson(string path, JsonObject body, string? userAgent = UpstreamHttp.UserAgent) =>
        new FixtureResponder().Respond(new FixtureRequest("POST", path, new Dictionary<string, string>(), null, body.ToJsonString(), userAgent));

    public static JsonNode Body(this FixtureResponse response) => JsonNode.Parse(response.Body)!;
}
