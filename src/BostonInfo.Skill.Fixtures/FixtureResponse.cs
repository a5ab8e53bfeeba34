using System.Text.Json.Nodes;

namespace BostonInfo.Skill.Fixtures;

/// <summary>What a fake city service answers.</summary>
public sealed record FixtureResponse(int Status, string ContentType, string Body)
{
    public static FixtureResponse Json(JsonNode? body, int status = 200) =>
        new(status, "application/json; charset=utf-8", body?.ToJsonString() ?? "null");

    public static FixtureResponse Html(string body) => new(200, "text/html; charset=utf-8", body);

    public static FixtureResponse Empty(int status) => new(status, "text/plain; charset=utf-8", "");
}
