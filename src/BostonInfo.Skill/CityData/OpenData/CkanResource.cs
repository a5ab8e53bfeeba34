using System.Text.Json.Serialization;

namespace BostonInfo.Skill.CityData.OpenData;

/// <summary>One resource of a dataset: its id, name, creation time and whether the DataStore can search it.</summary>
public sealed class CkanResource
{
    public string Id { get; init; } = "";

    public string? Name { get; init; }

    /// <summary>ISO 8601, e.g. "2026-01-02T14:03:11.123456": sorts as text.</summary>
    public string? Created { get; init; }

    [JsonPropertyName("datastore_active")]
    public bool DatastoreActive { get; init; }
}
