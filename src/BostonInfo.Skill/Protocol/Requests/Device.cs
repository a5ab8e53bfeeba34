using System.Text.Json.Nodes;

namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>The Echo (or app) the user is talking to.</summary>
public sealed class Device
{
    public string? DeviceId { get; init; }

    /// <summary>Keyed by interface name ("Geolocation", "AudioPlayer", …); the values are usually empty objects.</summary>
    public JsonObject? SupportedInterfaces { get; init; }

    public bool Supports(string interfaceName) =>
        SupportedInterfaces is not null && SupportedInterfaces.ContainsKey(interfaceName);
}
