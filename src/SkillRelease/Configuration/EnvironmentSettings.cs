namespace SkillRelease.Configuration;

/// <summary>
/// Every environment variable by its one name: the settings reader, the clients' <c>FromEnvironment</c>, the
/// simulator's <c>export</c> lines and the settings table of docs/release-tasks.md all take it from here (a test
/// compares the table with this list). The names are the GitHub secrets' and variables', and for endpoints and
/// credentials the ones the AWS CLI and SDKs (<c>AWS_*</c>) and the ASK CLI (<c>ASK_*</c>) already read.
/// </summary>
public static class EnvironmentSettings
{
    public static readonly Setting SkillId = new("ALEXA_SKILL_ID", "the skill id (`amzn1.ask.skill.…`)", IsRequired: true, IsSecret: false);
    public static readonly Setting FunctionName = new("LAMBDA_FUNCTION_NAME", "the skill's Lambda function", IsRequired: true, IsSecret: false);
    public static readonly Setting Region = new("AWS_REGION", "the function's region", IsRequired: true, IsSecret: false);
    public static readonly Setting VendorId = new("ASK_VENDOR_ID", "the Amazon developer vendor id", IsRequired: true, IsSecret: false);
    public static readonly Setting LwaClientId = new("ASK_LWA_CLIENT_ID", "the LWA security profile's client id", IsRequired: true, IsSecret: false);
    public static readonly Setting LwaClientSecret = new("ASK_LWA_CLIENT_SECRET", "the LWA security profile's client secret", IsRequired: true, IsSecret: true);
    public static readonly Setting RefreshToken = new("ASK_REFRESH_TOKEN", "an LWA refresh token (`ask util generate-lwa-tokens`)", IsRequired: true, IsSecret: true);

    public static readonly Setting GitHubToken = new("GITHUB_TOKEN", "the GitHub ledger's token (deployments, release notes, issues); without it the ledger is skipped with one notice; check-city-services needs it to keep its issue", IsRequired: false, IsSecret: true);
    public static readonly Setting GitHubRepository = new("GITHUB_REPOSITORY", "`owner/name` of the ledger's repository (set by GitHub Actions)", IsRequired: false, IsSecret: false);

    public static readonly Setting DefaultRegion = new("AWS_DEFAULT_REGION", "the region, when `AWS_REGION` is unset (the AWS CLI's older name; read by the Lambda client's `FromEnvironment`)", IsRequired: false, IsSecret: false);
    public static readonly Setting AccessKeyId = new("AWS_ACCESS_KEY_ID", "an AWS access key id; without one the SDK's chain (profile, web identity) applies", IsRequired: false, IsSecret: false);
    public static readonly Setting SecretAccessKey = new("AWS_SECRET_ACCESS_KEY", "the access key's secret", IsRequired: false, IsSecret: true);
    public static readonly Setting SessionToken = new("AWS_SESSION_TOKEN", "the session token of temporary credentials", IsRequired: false, IsSecret: true);
    public static readonly Setting RoleDuration = new("AWS_ROLE_DURATION_SECONDS", "how long the run's AWS credentials last (the role session's length; 3600 unless the workflow asks for more): a longer canary is refused", IsRequired: false, IsSecret: false);

    public static readonly Setting AwsEndpoint = new("AWS_ENDPOINT_URL", "endpoint override for every AWS service, unless a service's own one below is set", IsRequired: false, IsSecret: false);
    public static readonly Setting LambdaEndpoint = new("AWS_ENDPOINT_URL_LAMBDA", "endpoint override for Lambda (the simulator, moto)", IsRequired: false, IsSecret: false);
    public static readonly Setting CloudWatchEndpoint = new("AWS_ENDPOINT_URL_CLOUDWATCH", "endpoint override for CloudWatch (a canary's figures)", IsRequired: false, IsSecret: false);
    public static readonly Setting StsEndpoint = new("AWS_ENDPOINT_URL_STS", "endpoint override for STS (doctor's identity check)", IsRequired: false, IsSecret: false);
    public static readonly Setting SmapiBaseUrl = new("ASK_SMAPI_SERVER_BASE_URL", "endpoint override for SMAPI", IsRequired: false, IsSecret: false);
    public static readonly Setting LwaTokenHost = new("ASK_LWA_TOKEN_HOST", "endpoint override for Login with Amazon (`/auth/o2/token` is appended)", IsRequired: false, IsSecret: false);
    public static readonly Setting GitHubApiUrl = new("GITHUB_API_URL", "endpoint override for GitHub's API (GitHub Enterprise: `https://host/api/v3`)", IsRequired: false, IsSecret: false);

    public static readonly Setting LwaClientConfirmation = new("ASK_LWA_CLIENT_CONFIRMATION", "the ASK CLI's name for the client secret (read by `ask smapi`, not by the tasks; `simulate` exports it)", IsRequired: false, IsSecret: true);

    /// <summary>Every setting, in the order the docs' table lists them.</summary>
    public static IReadOnlyList<Setting> All { get; } =
    [
        SkillId, FunctionName, Region, VendorId, LwaClientId, LwaClientSecret, RefreshToken,
        GitHubToken, GitHubRepository,
        DefaultRegion, AccessKeyId, SecretAccessKey, SessionToken, RoleDuration,
        AwsEndpoint, LambdaEndpoint, CloudWatchEndpoint, StsEndpoint, SmapiBaseUrl, LwaTokenHost, GitHubApiUrl,
        LwaClientConfirmation,
    ];

    /// <summary>What the release tasks cannot start without; all missing ones are reported together.</summary>
    public static IReadOnlyList<Setting> Required { get; } = [.. All.Where(setting => setting.IsRequired)];
}
