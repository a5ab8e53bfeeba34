using System.Text.Json.Serialization;
using SkillRelease.Configuration;

namespace SkillRelease.Lwa;

/// <summary>The token endpoint's answer, success (<c>access_token</c>, <c>expires_in</c>) or OAuth error.</summary>
internal sealed record LwaTokenResponse
{
    [JsonPropertyName("access_token")]
    public Secret? AccessToken { get; init; }

    [JsonPropertyName("refresh_token")]
    public Secret? RefreshToken { get; init; }

    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; init; }

    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; init; }
}
