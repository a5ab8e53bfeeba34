using SkillRelease.Configuration;
using SkillRelease.Http;

namespace SkillRelease.Lwa;

/// <summary>How <see cref="LwaTokenProvider"/> reaches Login with Amazon and with which credentials.</summary>
public sealed record LwaOptions : RemoteClientOptions
{
    public static readonly Uri DefaultTokenHost = new("https://api.amazon.com");

    /// <summary>Amazon's, or the override ASK_LWA_TOKEN_HOST names (<c>/auth/o2/token</c> is appended).</summary>
    public Uri TokenHost { get; init; } = DefaultTokenHost;

    public required string ClientId { get; init; }

    public required Secret ClientSecret { get; init; }

    public required Secret RefreshToken { get; init; }
}
