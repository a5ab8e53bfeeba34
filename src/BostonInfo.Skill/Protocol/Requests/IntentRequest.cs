namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>The user said something that the interaction model mapped to an intent.</summary>
public sealed class IntentRequest : Request
{
    /// <summary>"STARTED", "IN_PROGRESS" or "COMPLETED" for intents with a dialog model; otherwise absent.</summary>
    public string? DialogState { get; init; }

    public Intent? Intent { get; init; }
}
