namespace BostonInfo.Skill.Server.Tests.Support;

/// <summary>
/// One sample of the interaction model as samples.js said it to virtual-alexa's matcher: the utterance made from it
/// (its slots filled with an example value each) and what the matcher resolved.
/// </summary>
/// <param name="Slot">The slot whose filling samples hold it, or null for one of the intent's own samples.</param>
/// <param name="Expected">The example value put in for each slot the sample names.</param>
/// <param name="ResolvedIntent">The intent the matcher chose, or null when no sample matched.</param>
/// <param name="Slots">The slot values the matcher read from the utterance (an unfilled slot is empty).</param>
internal sealed record ResolvedSample(
    string Intent,
    string? Slot,
    string Sample,
    string Said,
    IReadOnlyDictionary<string, string> Expected,
    string? ResolvedIntent,
    IReadOnlyDictionary<string, string> Slots)
{
    public string Where => Slot is null ? Intent : $"{Intent}.{Slot}";

    /// <summary>The slots the matcher filled, without the ones it left empty.</summary>
    public IReadOnlyDictionary<string, string> FilledSlots =>
        Slots.Where(slot => slot.Value.Length > 0).ToDictionary(slot => slot.Key, slot => slot.Value);
}
