namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>A canonical slot value (the custom type's value name) and its id.</summary>
public sealed class ResolvedValue
{
    public string? Name { get; init; }

    public string? Id { get; init; }
}
