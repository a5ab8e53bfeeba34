namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>The session ended: the user left, did not answer, or the skill's response was rejected.</summary>
public sealed class SessionEndedRequest : Request
{
    /// <summary>"USER_INITIATED", "ERROR" or "EXCEEDED_MAX_REPROMPTS".</summary>
    public string? Reason { get; init; }

    /// <summary>Present when Reason is "ERROR".</summary>
    public SessionEndedError? Error { get; init; }
}
