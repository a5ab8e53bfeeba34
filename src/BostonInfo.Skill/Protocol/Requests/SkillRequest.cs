using System.Text.Json.Serialization;

namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>
/// The envelope Alexa posts for every request: version, session, context and the request itself.
/// See https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html#request-format
/// </summary>
/// <remarks>
/// The protocol types are classes, not records, on purpose: a record's generated ToString would print
/// access tokens and addresses if anyone ever logged one.
/// </remarks>
public sealed class SkillRequest
{
    public string? Version { get; init; }

    /// <summary>Absent for requests outside a session (e.g. AudioPlayer events).</summary>
    public Session? Session { get; init; }

    public RequestContext? Context { get; init; }

    /// <summary>Polymorphic on its "type" property; unknown types become <see cref="UnknownRequest"/>.</summary>
    [JsonConverter(typeof(RequestConverter))]
    public Request? Request { get; init; }
}
