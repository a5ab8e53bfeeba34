using SkillRelease.Configuration;

namespace SkillRelease.Release.Configuration;

/// <summary>
/// What the release tasks need to know about the remote skill, read once from the environment by the names
/// <see cref="EnvironmentSettings"/> lists. Credentials are <see cref="Secret"/>s: this record and
/// <see cref="ReleaseServices"/>, which embeds it, print <c>***</c> in their place.
/// </summary>
public sealed record ReleaseSettings
{
    public required string SkillId { get; init; }
    public required string FunctionName { get; init; }
    public required string Region { get; init; }
    public required string VendorId { get; init; }
    public required string LwaClientId { get; init; }
    public required Secret LwaClientSecret { get; init; }
    public required Secret RefreshToken { get; init; }
    public Secret? GitHubToken { get; init; }
    public string? GitHubRepository { get; init; }

    /// <summary>Read by the SDK's credential chain, not by us; known here only so no log shows them.</summary>
    public Secret? AwsSecretAccessKey { get; init; }

    public Secret? AwsSessionToken { get; init; }

    public Uri? LambdaEndpoint { get; init; }
    public Uri? CloudWatchEndpoint { get; init; }
    public Uri? StsEndpoint { get; init; }
    public Uri? SmapiBaseUrl { get; init; }
    public Uri? LwaTokenHost { get; init; }
    public Uri? GitHubApiUrl { get; init; }

    /// <summary>The two aliases that take turns as live and candidate.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = ["blue", "green"];

    /// <summary>Values that must never be printed (they are also masked in GitHub Actions logs).</summary>
    public IEnumerable<Secret> Secrets => new[] { LwaClientSecret, RefreshToken, GitHubToken, AwsSecretAccessKey, AwsSessionToken }.OfType<Secret>();

    /// <summary>Reads the settings; every missing name is reported together, before any remote call.</summary>
    public static ReleaseSettings FromEnvironment(IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var missing = EnvironmentSettings.Required.Where(setting => setting.ReadFrom(environment) is null).Select(setting => setting.Name).ToList();
        if (missing.Count > 0)
        {
            throw new MissingSettingsException(missing);
        }

        string Read(Setting setting) => setting.ReadFrom(environment)!;
        Uri? Endpoint(Setting setting) => setting.ReadUrlFrom(environment) ?? EnvironmentSettings.AwsEndpoint.ReadUrlFrom(environment);
        return new ReleaseSettings
        {
            SkillId = Read(EnvironmentSettings.SkillId),
            FunctionName = Read(EnvironmentSettings.FunctionName),
            Region = Read(EnvironmentSettings.Region),
            VendorId = Read(EnvironmentSettings.VendorId),
            LwaClientId = Read(EnvironmentSettings.LwaClientId),
            LwaClientSecret = EnvironmentSettings.LwaClientSecret.ReadSecretFrom(environment)!,
            RefreshToken = EnvironmentSettings.RefreshToken.ReadSecretFrom(environment)!,
            GitHubToken = EnvironmentSettings.GitHubToken.ReadSecretFrom(environment),
            GitHubRepository = EnvironmentSettings.GitHubRepository.ReadFrom(environment),
            AwsSecretAccessKey = EnvironmentSettings.SecretAccessKey.ReadSecretFrom(environment),
            AwsSessionToken = EnvironmentSettings.SessionToken.ReadSecretFrom(environment),
            LambdaEndpoint = Endpoint(EnvironmentSettings.LambdaEndpoint),
            CloudWatchEndpoint = Endpoint(EnvironmentSettings.CloudWatchEndpoint),
            StsEndpoint = Endpoint(EnvironmentSettings.StsEndpoint),
            SmapiBaseUrl = EnvironmentSettings.SmapiBaseUrl.ReadUrlFrom(environment),
            LwaTokenHost = EnvironmentSettings.LwaTokenHost.ReadUrlFrom(environment),
            GitHubApiUrl = EnvironmentSettings.GitHubApiUrl.ReadUrlFrom(environment),
        };
    }
}
