using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SkillRelease.Simulator.Smapi;

/// <summary>The success answers SMAPI gives, in one place.</summary>
internal static class SmapiResults
{
    /// <summary>Lists too answer application/json although their bodies are HAL-ish (<c>_links</c>): ask-cli prints
    /// any other content type as "[object Object]", and its users see JSON from SMAPI.</summary>
    public static IResult Json(JsonNode body, int status = 200) => Results.Json(body, statusCode: status);

    /// <summary>A document with its ETag header.</summary>
    public static IResult Document(HttpContext context, string envelope, VersionedDocument document, bool head = false)
    {
        context.Response.Headers.ETag = document.ETag;
        return head ? Results.NoContent() : Json(new JsonObject { [envelope] = document.Document.DeepClone() });
    }

    /// <summary>202 with a Location to poll (relative, as SMAPI sends it) and an optional body.</summary>
    public static IResult Accepted(HttpContext context, string location, JsonNode? body = null)
    {
        context.Response.Headers.Location = location;
        return body is null ? Results.StatusCode(StatusCodes.Status202Accepted) : Json(body, StatusCodes.Status202Accepted);
    }

    public static string? IfMatch(HttpContext context) => context.Request.Headers.IfMatch is { Count: > 0 } values ? values.ToString() : null;

    public static string StatusLocation(string skillId, string resource) => $"/v1/skills/{Uri.EscapeDataString(skillId)}/status?resource={resource}";

    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
