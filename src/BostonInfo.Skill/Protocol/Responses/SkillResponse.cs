using System.Text.Json.Nodes;

namespace BostonInfo.Skill.Protocol.Responses;

/// <summary>
/// What the skill returns to Alexa. Null members are left out of the JSON (no "reprompt": null).
/// See https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html#response-format
/// </summary>
public sealed class SkillResponse
{
    public string Version { get; init; } = "1.0";

    /// <summary>Alexa hands these back in the next request of the same session.</summary>
    public JsonObject? SessionAttributes { get; init; }

    public ResponseBody Response { get; init; } = new();
}
