namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>One slot of an intent. Its value is what the user said: personal data, never logged.</summary>
public sealed class Slot
{
    public string Name { get; init; } = "";

    public string? Value { get; init; }

    public string? ConfirmationStatus { get; init; }

    /// <summary>Entity resolution: the canonical values the spoken value matched, per authority.</summary>
    public SlotResolutions? Resolutions { get; init; }
}
