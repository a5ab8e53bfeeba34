using System.Text.Json.Serialization;

namespace BostonInfo.Skill.CityData.ReCollect;

/// <summary>A collection zone, titled by its days: "Friday" or "1A - Monday &amp; Thursday".</summary>
public sealed class ReCollectZone
{
    [JsonPropertyName("title")]
    public string? Title { get; init; }
}
