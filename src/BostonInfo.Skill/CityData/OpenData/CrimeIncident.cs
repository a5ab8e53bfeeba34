using System.Text.Json.Serialization;

namespace BostonInfo.Skill.CityData.OpenData;

/// <summary>One row of the Boston Police crime incident reports table.</summary>
public sealed class CrimeIncident
{
    /// <summary>Local Boston time, ISO 8601 without an offset, e.g. "2026-01-14T18:30:00".</summary>
    [JsonPropertyName("OCCURRED_ON_DATE")]
    public string? OccurredOn { get; init; }

    [JsonPropertyName("STREET")]
    public string? Street { get; init; }

    [JsonPropertyName("OFFENSE_DESCRIPTION")]
    public string? OffenseDescription { get; init; }

    /// <summary>Blank in newer rows (skill-survey.md §8), so only a fallback for the description.</summary>
    [JsonPropertyName("OFFENSE_CODE_GROUP")]
    public string? OffenseCodeGroup { get; init; }
}
