using Amazon.Runtime;
using SkillRelease.Http;

namespace SkillRelease.Sts;

/// <summary>Where and as whom <see cref="StsClient"/> calls STS.</summary>
public sealed record StsClientOptions : RemoteClientOptions
{
    private readonly Uri? _endpoint;

    public required string Region { get; init; }

    /// <summary>https://sts.{Region}.amazonaws.com (the regional endpoint) unless overridden (AWS_ENDPOINT_URL_STS: the simulator).</summary>
    public Uri Endpoint
    {
        get => _endpoint ?? new Uri($"https://sts.{Region}.amazonaws.com");
        init => _endpoint = value;
    }

    /// <summary>Null: the SDK's standard chain (environment, shared profile, web identity), resolved on the first call.</summary>
    public AWSCredentials? Credentials { get; init; }
}
