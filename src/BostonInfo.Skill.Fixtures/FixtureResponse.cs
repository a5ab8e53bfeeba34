using System.Text.Json.Nodes;

namespace BostonInfo.Skill.Fixtures;

/// <summary>What a fake city service answers.</summary>
public sealed record FixtureResponse(int Status, string ContentType, string Body)
{
    public static FixtureResponse Json(JsonNode? body, int status = 200) =>
        new(status, "application/json; charset=utf-8", body?.ToJsonString() ?? "null");

    public static FixtureResponse Html(string body) => new(200, "text/html; charset=utf-8", body);

    public static FixtureResponse Empty(int status) => new(status, "text/plain; charset=utf-8", "");

    /// <summary>
    /// What a web application firewall in front of a service answers a request it screens out (Cloudflare's
    /// block page: HTML, 403), so the client meets an HTML body where it expected JSON, as it would for real.
    /// </summary>
    public static FixtureResponse Firewall() =>
        new(403, "text/html; charset=utf-8", "<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head>" +
            "<body><h1>Sorry, you have been blocked</h1></body></html>");
}
