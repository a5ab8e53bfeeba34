using System.Text.Json.Serialization;
using SkillRelease.Configuration;

namespace SkillRelease.Lwa;

/// <summary>The token endpoint's answer, success (<c>access_token</c>, <c>expires_in</c>) or OAuth error.</summary>
internal sealed record LwaTokenResponse
{
    [JsonPropertyName(LwaWire.AccessTokenField)]
    public Secret? AccessToken { get; init; }

    [JsonPropertyName(LwaWire.RefreshTokenField)]
    public Secret? RefreshToken { get; init; }

    [JsonPropertyName(LwaWire.ExpiresInField)]
    public int? ExpiresIn { get; init; }

    [JsonPropertyName(LwaWire.ErrorField)]
    public string? Error { get; init; }

    [JsonPropertyName(LwaWire.ErrorDescriptionField)]
    public string? ErrorDescription { get; init; }
}
