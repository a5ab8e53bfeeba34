using System.Text.Json.Serialization;

namespace BostonInfo.Skill.CityData.OpenData;

/// <summary>
/// CKAN's error object: its kind ("Validation Error", "Authorization Error", "Not Found Error") and, for all
/// but validation errors, a message. See ckan/views/api.py in ckan/ckan.
/// </summary>
public sealed class CkanError
{
    [JsonPropertyName("__type")]
    public string? Type { get; init; }

    public string? Message { get; init; }
}
