using System.Text.Json.Serialization;

namespace BostonInfo.Skill.CityData.ReCollect;

/// <summary>The part of ReCollect's place answer the skill reads: the next collection event's zone.</summary>
public sealed class ReCollectPlace
{
    [JsonPropertyName("next_event")]
    public ReCollectEvent? NextEvent { get; init; }
}
