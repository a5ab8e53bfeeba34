namespace SkillRelease.Release.Configuration;

/// <summary>
/// What the release tasks need to know about the remote skill, read once from the environment (the same names
/// as the GitHub secrets and variables, and the endpoint overrides the AWS and ASK tools already use).
/// </summary>
public sealed record ReleaseSettings
{
    public required string SkillId { get; init; }
    public required string FunctionName { get; init; }
    public required string Region { get; init; }
    public required string VendorId { get; init; }
    public required string LwaClientId { get; init; }
    public required string LwaClientSecret { get; init; }
    public required string RefreshToken { get; init; }
    public string? GitHubToken { get; init; }
    public string? GitHubRepository { get; init; }
    public Uri? LambdaEndpoint { get; init; }
    public Uri? CloudWatchEndpoint { get; init; }
    public Uri? SmapiBaseUrl { get; init; }
    public Uri? LwaTokenHost { get; init; }
    public Uri? GitHubApiUrl { get; init; }

    /// <summary>The two aliases that take turns as live and candidate.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = ["blue", "green"];

    /// <summary>Values that must never be printed (they are also masked in GitHub Actions logs).</summary>
    public IEnumerable<string> Secrets => new[] { LwaClientSecret, RefreshToken, GitHubToken }.OfType<string>();

    /// <summary>The names that must be set, each with what it is for.</summary>
    public static IReadOnlyDictionary<string, string> Required { get; } = new Dictionary<string, string>
    {
        ["ALEXA_SKILL_ID"] = "the skill id, amzn1.ask.skill.…",
        ["LAMBDA_FUNCTION_NAME"] = "the skill's Lambda function",
        ["AWS_REGION"] = "the function's region",
        ["ASK_VENDOR_ID"] = "the Amazon developer vendor id",
        ["ASK_LWA_CLIENT_ID"] = "the LWA security profile's client id",
        ["ASK_LWA_CLIENT_SECRET"] = "the LWA security profile's client secret",
        ["ASK_REFRESH_TOKEN"] = "an LWA refresh token from `ask util generate-lwa-tokens`",
    };

    /// <summary>Reads the settings; every missing name is reported together, before any remote call.</summary>
    public static ReleaseSettings FromEnvironment(IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? Read(string name) => environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        var missing = Required.Keys.Where(name => Read(name) is null).ToList();
        if (missing.Count > 0)
        {
            throw new MissingSettingsException(missing);
        }

        return new ReleaseSettings
        {
            SkillId = Read("ALEXA_SKILL_ID")!,
            FunctionName = Read("LAMBDA_FUNCTION_NAME")!,
            Region = Read("AWS_REGION")!,
            VendorId = Read("ASK_VENDOR_ID")!,
            LwaClientId = Read("ASK_LWA_CLIENT_ID")!,
            LwaClientSecret = Read("ASK_LWA_CLIENT_SECRET")!,
            RefreshToken = Read("ASK_REFRESH_TOKEN")!,
            GitHubToken = Read("GITHUB_TOKEN"),
            GitHubRepository = Read("GITHUB_REPOSITORY"),
            LambdaEndpoint = Url(Read("AWS_ENDPOINT_URL_LAMBDA") ?? Read("AWS_ENDPOINT_URL"), "AWS_ENDPOINT_URL_LAMBDA"),
            CloudWatchEndpoint = Url(Read("AWS_ENDPOINT_URL_CLOUDWATCH") ?? Read("AWS_ENDPOINT_URL"), "AWS_ENDPOINT_URL_CLOUDWATCH"),
            SmapiBaseUrl = Url(Read("ASK_SMAPI_SERVER_BASE_URL"), "ASK_SMAPI_SERVER_BASE_URL"),
            LwaTokenHost = Url(Read("ASK_LWA_TOKEN_HOST"), "ASK_LWA_TOKEN_HOST"),
            GitHubApiUrl = Url(Read("GITHUB_API_URL"), "GITHUB_API_URL"),
        };
    }

    private static Uri? Url(string? value, string name) =>
        value is null ? null
        : Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url
        : throw new InvalidSettingException($"{name} must be an http(s) URL, but is '{value}'.");
}
