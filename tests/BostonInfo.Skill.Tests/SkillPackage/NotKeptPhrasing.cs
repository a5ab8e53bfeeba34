namespace BostonInfo.Skill.Tests.SkillPackage;

/// <summary>
/// An original phrasing our model does not carry word for word: either kept in corrected words (<see cref="KeptAs"/>)
/// or left out because it conflicts with another intent or an Alexa rule (<see cref="ConflictsWith"/>).
/// </summary>
/// <param name="Slot">The slot whose samples held it, or null for the intent's own samples.</param>
internal sealed record NotKeptPhrasing(string Intent, string? Slot, string Original, string? KeptAs, string? ConflictsWith, string Reason)
{
    public string Where => Slot is null ? Intent : $"{Intent}.{Slot}";
}
