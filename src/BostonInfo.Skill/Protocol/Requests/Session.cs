using System.Text.Json.Nodes;

namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>The "session" object: present for requests that belong to a conversation.</summary>
public sealed class Session
{
    public bool New { get; init; }

    public string? SessionId { get; init; }

    /// <summary>What the skill stored in the previous response's sessionAttributes; kept as JSON so it round-trips.</summary>
    public JsonObject? Attributes { get; init; }

    public Application? Application { get; init; }

    public User? User { get; init; }
}
