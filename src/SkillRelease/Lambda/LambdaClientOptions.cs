using SkillRelease.Http;
using AWSCredentials = Amazon.Runtime.AWSCredentials;
using BasicAWSCredentials = Amazon.Runtime.BasicAWSCredentials;
using SessionAWSCredentials = Amazon.Runtime.SessionAWSCredentials;

namespace SkillRelease.Lambda;

/// <summary>Where and as whom <see cref="LambdaClient"/> calls the Lambda control plane, and how patiently.</summary>
public sealed record LambdaClientOptions : RemoteClientOptions
{
    private readonly Uri? _endpoint;

    public required string Region { get; init; }

    /// <summary>https://lambda.{Region}.amazonaws.com unless overridden (the simulator, moto).</summary>
    public Uri Endpoint
    {
        get => _endpoint ?? new Uri($"https://lambda.{Region}.amazonaws.com");
        init => _endpoint = value;
    }

    /// <summary>Null: the SDK's standard chain (environment, shared profile, web identity), resolved on the first call.</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>The function-updated-v2 waiter's pace: one GetFunction per second, at most 300 of them.</summary>
    public TimeSpan WaiterInterval { get; init; } = TimeSpan.FromSeconds(1);

    public int WaiterMaxAttempts { get; init; } = 300;

    /// <summary>
    /// Region from <c>AWS_REGION</c> (or <c>AWS_DEFAULT_REGION</c>); endpoint from <c>AWS_ENDPOINT_URL_LAMBDA</c> (or
    /// the global <c>AWS_ENDPOINT_URL</c>), the names the AWS CLI and SDKs read. A key pair given in these settings
    /// (<c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c>, optional <c>AWS_SESSION_TOKEN</c>) is used as is, so a
    /// dictionary that is not the process environment (the simulator's) still works; otherwise the standard chain.
    /// </summary>
    public static LambdaClientOptions FromEnvironment(IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var region = Value(environment, "AWS_REGION") ?? Value(environment, "AWS_DEFAULT_REGION")
            ?? throw new InvalidOperationException("AWS_REGION is not set: the Lambda client needs the function's region.");
        var endpoint = Value(environment, "AWS_ENDPOINT_URL_LAMBDA") ?? Value(environment, "AWS_ENDPOINT_URL");
        var options = new LambdaClientOptions { Region = region, Credentials = KeyPair(environment) };
        return endpoint is null ? options : options with { Endpoint = new Uri(endpoint) };
    }

    private static AWSCredentials? KeyPair(IReadOnlyDictionary<string, string?> environment) =>
        (Value(environment, "AWS_ACCESS_KEY_ID"), Value(environment, "AWS_SECRET_ACCESS_KEY"), Value(environment, "AWS_SESSION_TOKEN")) switch
        {
            ({ } key, { } secret, { } token) => new SessionAWSCredentials(key, secret, token),
            ({ } key, { } secret, null) => new BasicAWSCredentials(key, secret),
            _ => null,
        };

    private static string? Value(IReadOnlyDictionary<string, string?> environment, string name) =>
        environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
