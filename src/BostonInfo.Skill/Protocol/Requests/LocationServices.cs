namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>Whether the device's location services are on ("RUNNING") and allowed ("ENABLED").</summary>
public sealed class LocationServices
{
    public string? Access { get; init; }

    public string? Status { get; init; }
}
