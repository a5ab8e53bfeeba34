using System.Text.Json.Serialization;

namespace BostonInfo.Skill.CityData.ReCollect;

/// <summary>A collection event; its zone names the pickup days.</summary>
public sealed class ReCollectEvent
{
    [JsonPropertyName("zone")]
    public ReCollectZone? Zone { get; init; }
}
