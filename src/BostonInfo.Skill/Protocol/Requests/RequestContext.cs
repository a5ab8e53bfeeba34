using System.Text.Json.Serialization;

namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>The "context" object: the device and account state at the time of the request.</summary>
public sealed class RequestContext
{
    [JsonPropertyName("System")]
    public SystemContext? System { get; init; }

    /// <summary>Only present when the device shares its location and the user allowed it.</summary>
    [JsonPropertyName("Geolocation")]
    public Geolocation? Geolocation { get; init; }
}
