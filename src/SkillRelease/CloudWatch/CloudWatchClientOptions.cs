using SkillRelease.Http;

namespace SkillRelease.CloudWatch;

/// <summary>Where and as whom <see cref="CloudWatchClient"/> calls CloudWatch (AWS_ENDPOINT_URL_CLOUDWATCH overrides the endpoint).</summary>
public sealed record CloudWatchClientOptions : SignedAwsClientOptions
{
    protected override string EndpointPrefix => "monitoring";
}
