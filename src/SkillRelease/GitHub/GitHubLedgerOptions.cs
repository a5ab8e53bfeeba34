using SkillRelease.Configuration;
using SkillRelease.Http;

namespace SkillRelease.GitHub;

/// <summary>Where and as whom <see cref="GitHubReleaseLedger"/> writes.</summary>
public sealed record GitHubLedgerOptions : RemoteClientOptions
{
    public static readonly Uri DefaultApiAddress = new("https://api.github.com");

    /// <summary>GitHub's API, or what GITHUB_API_URL names (GitHub Enterprise: https://host/api/v3).</summary>
    public Uri ApiAddress { get; init; } = DefaultApiAddress;

    public required Secret Token { get; init; }

    /// <summary><c>owner/name</c>, as GitHub Actions sets <c>GITHUB_REPOSITORY</c>.</summary>
    public required string Repository { get; init; }
}
