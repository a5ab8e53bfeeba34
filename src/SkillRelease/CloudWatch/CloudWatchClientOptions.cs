using Amazon.Runtime;
using SkillRelease.Http;

namespace SkillRelease.CloudWatch;

/// <summary>Where and as whom <see cref="CloudWatchClient"/> calls CloudWatch.</summary>
public sealed record CloudWatchClientOptions : RemoteClientOptions
{
    private readonly Uri? _endpoint;

    public required string Region { get; init; }

    /// <summary>https://monitoring.{Region}.amazonaws.com unless overridden (AWS_ENDPOINT_URL_CLOUDWATCH: the simulator, moto).</summary>
    public Uri Endpoint
    {
        get => _endpoint ?? new Uri($"https://monitoring.{Region}.amazonaws.com");
        init => _endpoint = value;
    }

    /// <summary>Null: the SDK's standard chain (environment, shared profile, web identity), resolved on the first call.</summary>
    public AWSCredentials? Credentials { get; init; }
}
