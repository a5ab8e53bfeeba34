using System.Text.Json.Serialization;

namespace BostonInfo.Skill.CityData.Geocoding;

/// <summary>The parts of a reverse-geocoded address the in-Boston check needs.</summary>
public sealed class ReverseGeocodeAddress
{
    [JsonPropertyName("City")]
    public string? City { get; init; }

    [JsonPropertyName("Region")]
    public string? Region { get; init; }
}
