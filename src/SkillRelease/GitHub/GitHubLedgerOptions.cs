using SkillRelease.Http;

namespace SkillRelease.GitHub;

/// <summary>Where and as whom <see cref="GitHubReleaseLedger"/> writes.</summary>
public sealed record GitHubLedgerOptions : RemoteClientOptions
{
    public const string ApiAddressVariable = "GITHUB_API_URL";
    public const string TokenVariable = "GITHUB_TOKEN";
    public const string RepositoryVariable = "GITHUB_REPOSITORY";

    public static readonly Uri DefaultApiAddress = new("https://api.github.com");

    /// <summary>GitHub's API, or a GitHub Enterprise style host (Octokit then talks to its <c>/api/v3/</c>).</summary>
    public Uri ApiAddress { get; init; } = DefaultApiAddress;

    public required string Token { get; init; }

    /// <summary><c>owner/name</c>, as GitHub Actions sets <c>GITHUB_REPOSITORY</c>.</summary>
    public required string Repository { get; init; }

    /// <summary>Options from <c>GITHUB_API_URL</c>, <c>GITHUB_TOKEN</c> and <c>GITHUB_REPOSITORY</c>; null without a token.</summary>
    public static GitHubLedgerOptions? FromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment(TokenVariable) is not { Length: > 0 } token)
        {
            return null;
        }

        var repository = environment(RepositoryVariable) is { Length: > 0 } named
            ? named
            : throw new InvalidOperationException($"{TokenVariable} is set but {RepositoryVariable} (owner/name) is not.");
        return new GitHubLedgerOptions
        {
            ApiAddress = environment(ApiAddressVariable) is { Length: > 0 } address ? new Uri(address) : DefaultApiAddress,
            Token = token,
            Repository = repository,
        };
    }
}
