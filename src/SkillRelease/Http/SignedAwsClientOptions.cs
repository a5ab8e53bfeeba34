using Amazon.Runtime;
using SkillRelease.Configuration;

namespace SkillRelease.Http;

/// <summary>
/// What the clients of AWS services that we sign ourselves (Lambda, CloudWatch, STS) share: the region, the endpoint
/// (the region's public one unless overridden) and the credentials; each client adds only what is its own.
/// </summary>
public abstract record SignedAwsClientOptions : RemoteClientOptions
{
    private readonly Uri? _endpoint;

    public required string Region { get; init; }

    /// <summary>https://{EndpointPrefix}.{Region}.amazonaws.com unless overridden (AWS_ENDPOINT_URL_*: the simulator, moto).</summary>
    public Uri Endpoint
    {
        get => _endpoint ?? new Uri($"https://{EndpointPrefix}.{Region}.amazonaws.com");
        init => _endpoint = value;
    }

    /// <summary>Null: the SDK's standard chain (environment, shared profile, web identity), resolved on the first call.</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>The first label of the service's regional host name (<c>lambda</c>, <c>monitoring</c>, <c>sts</c>).</summary>
    protected abstract string EndpointPrefix { get; }

    /// <summary>Logging → retries → SigV4 signing for <paramref name="signingService"/> → transport.</summary>
    internal HttpMessageHandler SignedPipeline(string signingService) =>
        Pipeline(transport => new AwsSigningHandler(Credentials, Region, signingService, Redactor, transport));

    /// <summary>
    /// Region from <c>AWS_REGION</c> (or <c>AWS_DEFAULT_REGION</c>); endpoint from the service's own override (or the
    /// global <c>AWS_ENDPOINT_URL</c>), the names the AWS CLI and SDKs read. A key pair given in these settings
    /// (<c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c>, optional <c>AWS_SESSION_TOKEN</c>) is used as is, so a
    /// dictionary that is not the process environment (the simulator's) still works; otherwise the standard chain.
    /// </summary>
    protected static TOptions FromEnvironment<TOptions>(IReadOnlyDictionary<string, string?> environment, Setting endpointOverride, Func<string, TOptions> create)
        where TOptions : SignedAwsClientOptions
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(endpointOverride);
        ArgumentNullException.ThrowIfNull(create);
        var region = EnvironmentSettings.Region.ReadFrom(environment) ?? EnvironmentSettings.DefaultRegion.ReadFrom(environment)
            ?? throw new MissingSettingsException([EnvironmentSettings.Region.Name]);
        var endpoint = endpointOverride.ReadUrlFrom(environment) ?? EnvironmentSettings.AwsEndpoint.ReadUrlFrom(environment);
        SignedAwsClientOptions options = create(region) with { Credentials = KeyPair(environment) };
        return (TOptions)(endpoint is null ? options : options with { Endpoint = endpoint });
    }

    private static AWSCredentials? KeyPair(IReadOnlyDictionary<string, string?> environment) =>
        (EnvironmentSettings.AccessKeyId.ReadFrom(environment), EnvironmentSettings.SecretAccessKey.ReadSecretFrom(environment), EnvironmentSettings.SessionToken.ReadSecretFrom(environment)) switch
        {
            // The SDK's credentials take the values themselves: they sign with them.
            ({ } key, { } secret, { } token) => new SessionAWSCredentials(key, secret.Reveal(), token.Reveal()),
            ({ } key, { } secret, null) => new BasicAWSCredentials(key, secret.Reveal()),
            _ => null,
        };
}
