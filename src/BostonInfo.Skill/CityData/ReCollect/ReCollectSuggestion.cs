using System.Text.Json.Serialization;

namespace BostonInfo.Skill.CityData.ReCollect;

/// <summary>One entry of ReCollect's address-suggest answer: a place in its Boston area.</summary>
public sealed class ReCollectSuggestion
{
    /// <summary>e.g. "1000 Dorchester Ave, Boston, 02125".</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    [JsonPropertyName("area_name")]
    public string? AreaName { get; init; }

    [JsonPropertyName("parcel_id")]
    public string? ParcelId { get; init; }

    [JsonPropertyName("service_id")]
    public int? ServiceId { get; init; }

    [JsonPropertyName("place_id")]
    public string? PlaceId { get; init; }

    [JsonPropertyName("area_id")]
    public int? AreaId { get; init; }
}
