using System.Text.Json.Nodes;
using BostonInfo.Skill.Protocol.Requests;

namespace BostonInfo.Skill.Routing;

/// <summary>One request, as a handler sees it.</summary>
public sealed class HandlerInput
{
    public HandlerInput(SkillRequest envelope, Request request)
    {
        Envelope = envelope ?? throw new ArgumentNullException(nameof(envelope));
        Request = request ?? throw new ArgumentNullException(nameof(request));
        SessionAttributes = envelope.Session?.Attributes ?? new JsonObject();
    }

    /// <summary>The whole request: session, context (device, permissions, geolocation) and request.</summary>
    public SkillRequest Envelope { get; }

    public Request Request { get; }

    /// <summary>The intent of an IntentRequest, otherwise null.</summary>
    public Intent? Intent => (Request as IntentRequest)?.Intent;

    /// <summary>
    /// The session's attributes, to hand back (changed or not) in the response so the session keeps them.
    /// An empty object when the request had none.
    /// </summary>
    public JsonObject SessionAttributes { get; }

    /// <summary>A string session attribute, or null when it is missing or not a string.</summary>
    public string? SessionString(string key) =>
        SessionAttributes[key] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
