using System.Text.Json.Serialization;

namespace BostonInfo.Skill.CityData.OpenData;

/// <summary>One row of the 311 service requests table.</summary>
public sealed class ServiceRequest
{
    [JsonPropertyName("open_dt")]
    public string? OpenedAt { get; init; }

    [JsonPropertyName("location_street_name")]
    public string? Street { get; init; }

    /// <summary>The department, e.g. "Public Works Department".</summary>
    [JsonPropertyName("subject")]
    public string? Subject { get; init; }

    /// <summary>The kind of request, e.g. "Request for Pothole Repair".</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }
}
