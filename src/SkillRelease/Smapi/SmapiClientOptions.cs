using SkillRelease.Http;
using SkillRelease.Lwa;

namespace SkillRelease.Smapi;

/// <summary>How <see cref="SmapiClient"/> reaches SMAPI, authenticates and waits.</summary>
public sealed record SmapiClientOptions : RemoteClientOptions
{
    public static readonly Uri DefaultBaseAddress = new("https://api.amazonalexa.com");

    /// <summary>Amazon's, or the override ASK_SMAPI_SERVER_BASE_URL names.</summary>
    public Uri BaseAddress { get; init; } = DefaultBaseAddress;

    public required ILwaTokenProvider Tokens { get; init; }

    /// <summary>The first wait between two polls of an asynchronous operation; each next wait is 1.5 times longer.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxPollInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a poll may go on in all before it gives up (model builds can take minutes).</summary>
    public TimeSpan PollTimeout { get; init; } = TimeSpan.FromMinutes(15);
}
