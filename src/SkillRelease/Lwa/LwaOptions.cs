using SkillRelease.Http;

namespace SkillRelease.Lwa;

/// <summary>How <see cref="LwaTokenProvider"/> reaches Login with Amazon and with which credentials.</summary>
public sealed record LwaOptions : RemoteClientOptions
{
    /// <summary>The ASK CLI's name for the token host override; <c>/auth/o2/token</c> is appended.</summary>
    public const string TokenHostVariable = "ASK_LWA_TOKEN_HOST";

    public static readonly Uri DefaultTokenHost = new("https://api.amazon.com");

    public Uri TokenHost { get; init; } = DefaultTokenHost;

    public required string ClientId { get; init; }

    public required string ClientSecret { get; init; }

    public required string RefreshToken { get; init; }

    /// <summary>The token host from <see cref="TokenHostVariable"/> when set, else Amazon's.</summary>
    public static Uri TokenHostFrom(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment(TokenHostVariable) is { Length: > 0 } host ? new Uri(host) : DefaultTokenHost;
    }
}
