namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>An intent with its slots. Also sent back as a dialog directive's updatedIntent.</summary>
public sealed class Intent
{
    public string Name { get; init; } = "";

    /// <summary>"NONE", "CONFIRMED" or "DENIED".</summary>
    public string? ConfirmationStatus { get; init; }

    /// <summary>Keyed by slot name; every slot the intent declares is present, filled or not.</summary>
    public Dictionary<string, Slot>? Slots { get; init; }

    /// <summary>The spoken value of a slot, or null when the slot is missing or empty.</summary>
    public string? SlotValue(string slotName) =>
        Slots is not null && Slots.TryGetValue(slotName, out var slot) && !string.IsNullOrWhiteSpace(slot.Value)
            ? slot.Value
            : null;
}
