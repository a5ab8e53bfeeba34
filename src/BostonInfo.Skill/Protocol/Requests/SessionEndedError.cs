namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>Why Alexa gave up, e.g. type "INVALID_RESPONSE" with a message about the skill's reply.</summary>
public sealed class SessionEndedError
{
    public string? Type { get; init; }

    public string? Message { get; init; }
}
