using SkillRelease.Http;

namespace SkillRelease.Sts;

/// <summary>Where and as whom <see cref="StsClient"/> calls STS: the regional endpoint unless AWS_ENDPOINT_URL_STS overrides it.</summary>
public sealed record StsClientOptions : SignedAwsClientOptions
{
    protected override string EndpointPrefix => "sts";
}
