namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>slot.resolutions: one entry per authority (the skill's custom type, dynamic entities, …).</summary>
public sealed class SlotResolutions
{
    public List<AuthorityResolution>? ResolutionsPerAuthority { get; init; }
}
