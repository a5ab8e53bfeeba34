using System.Text.Json;

namespace BostonInfo.Skill.Tests.Support;

/// <summary>Reads the parts of a response JSON document that tests assert on.</summary>
internal static class ResponseJson
{
    public static JsonElement Body(this JsonDocument response) => response.RootElement.GetProperty("response");

    public static string? Speech(this JsonDocument response) =>
        response.Body().TryGetProperty("outputSpeech", out var speech) ? speech.GetProperty("text").GetString() : null;

    public static string? Reprompt(this JsonDocument response) =>
        response.Body().TryGetProperty("reprompt", out var reprompt)
            ? reprompt.GetProperty("outputSpeech").GetProperty("text").GetString()
            : null;

    public static bool? ShouldEndSession(this JsonDocument response) =>
        response.Body().TryGetProperty("shouldEndSession", out var end) ? end.GetBoolean() : null;

    public static string? CardTitle(this JsonDocument response) =>
        response.Body().TryGetProperty("card", out var card) ? card.GetProperty("title").GetString() : null;

    public static string? CardContent(this JsonDocument response) =>
        response.Body().TryGetProperty("card", out var card) ? card.GetProperty("content").GetString() : null;
}
