using System.Text.Json.Nodes;

namespace BostonInfo.Skill.Fixtures.ArcGis;

/// <summary>
/// ArcGIS REST's error object, which it sends with HTTP 200: {"error":{"code":400,"message":…,"details":[…]}}.
/// The messages are the ones ArcGIS Online answers (docs/city-data.md says where they were seen).
/// </summary>
public static class ArcGisError
{
    public const string InvalidUrl = "Invalid URL";
    public const string InvalidQuery = "Cannot perform query. Invalid query parameters.";
    public const string CannotComplete = "Unable to complete operation.";

    public static FixtureResponse Response(string message, params string[] details) =>
        FixtureResponse.Json(new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = 400,
                ["message"] = message,
                ["details"] = new JsonArray([.. details.Select(detail => (JsonNode?)JsonValue.Create(detail))]),
            },
        });

    /// <summary>What ArcGIS answers a request without f=json: its HTML page for people, not JSON.</summary>
    public static FixtureResponse HtmlPage() =>
        FixtureResponse.Html("<html><head><title>ArcGIS REST Services Directory</title></head><body>Query</body></html>");

    public static bool AsksForJson(FixtureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Parameter("f") is "json" or "pjson";
    }
}
