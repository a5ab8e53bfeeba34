namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>One scope's state: "GRANTED" or "DENIED".</summary>
public sealed class PermissionScope
{
    public string? Status { get; init; }
}
