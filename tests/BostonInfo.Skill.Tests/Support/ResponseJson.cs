using System.Text.Json;

namespace BostonInfo.Skill.Tests.Support;

/// <summary>Reads the parts of a response JSON document that tests assert on.</summary>
internal static class ResponseJson
{
    public static JsonElement Body(this JsonDocument response) => response.RootElement.GetProperty("response");

    public static string? Speech(this JsonDocument response) =>
        response.Body().TryGetProperty("outputSpeech", out var speech) && speech.TryGetProperty("text", out var text) ? text.GetString() : null;

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

    /// <summary>The SSML document of an SSML response, or null.</summary>
    public static string? Ssml(this JsonDocument response) =>
        response.Body().TryGetProperty("outputSpeech", out var speech) && speech.TryGetProperty("ssml", out var ssml) ? ssml.GetString() : null;

    /// <summary>What the user hears, without markup: the plain text, or the card's copy of SSML speech.</summary>
    public static string? Heard(this JsonDocument response) => response.Speech() ?? response.CardContent();

    public static string? CardType(this JsonDocument response) =>
        response.Body().TryGetProperty("card", out var card) ? card.GetProperty("type").GetString() : null;

    public static IReadOnlyList<string> CardPermissions(this JsonDocument response) =>
        response.Body().TryGetProperty("card", out var card) && card.TryGetProperty("permissions", out var permissions)
            ? permissions.EnumerateArray().Select(scope => scope.GetString()!).ToList()
            : [];

    /// <summary>"Dialog.ElicitSlot:Address" for an ElicitSlot directive, the type alone for others, or null.</summary>
    public static string? Directive(this JsonDocument response)
    {
        if (!response.Body().TryGetProperty("directives", out var directives) || directives.GetArrayLength() == 0)
        {
            return null;
        }

        var directive = directives[0];
        var type = directive.GetProperty("type").GetString();
        return directive.TryGetProperty("slotToElicit", out var slot) ? $"{type}:{slot.GetString()}" : type;
    }

    public static JsonElement? Attribute(this JsonDocument response, string name) =>
        response.RootElement.TryGetProperty("sessionAttributes", out var attributes) && attributes.TryGetProperty(name, out var value)
            ? value
            : null;
}
