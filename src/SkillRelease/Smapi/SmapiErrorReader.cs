using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SkillRelease.Smapi;

/// <summary>
/// Turns a failed answer into a <see cref="SmapiException"/>, reading both error shapes leniently: BadRequestError
/// (<c>message</c>, <c>violations[].message</c>) and StandardizedError (<c>code</c>, <c>message</c>,
/// <c>validationDetails</c>). Unknown fields are ignored; a body that is not JSON becomes the message.
/// </summary>
internal static class SmapiErrorReader
{
    public static SmapiException Read(HttpStatusCode status, string body, string? requestId, string operation)
    {
        JsonObject? error;
        try
        {
            error = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            error = null;
        }

        var message = Text(error?["message"]) ?? (string.IsNullOrWhiteSpace(body) ? status.ToString() : body.Trim());
        var violations = new List<string>();
        foreach (var violation in (error?["violations"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var code = Text(violation["code"]);
            violations.Add(code is null ? Text(violation["message"]) ?? "" : $"{code}: {Text(violation["message"])}");
        }

        if (error?["validationDetails"] is JsonObject details)
        {
            violations.Add("validationDetails " + details.ToJsonString());
        }

        return new SmapiException(status, Text(error?["code"]), message, violations, requestId, operation);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
