using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;

namespace SkillRelease.Simulator.Tests.Lambda;

/// <summary>A raw HttpClient on the simulator whose requests AWSSDK.Core signs, for checks below the typed client.</summary>
internal static class SignedLambdaHttp
{
    public static HttpClient Create(SkillSimulator simulator) => new(new SigV4SigningHandler(
        new BasicAWSCredentials(simulator.Options.AccessKeyId, simulator.Options.SecretAccessKey.Reveal()),
        RegionEndpoint.GetBySystemName(simulator.Options.Region),
        "lambda",
        new SocketsHttpHandler()))
    {
        BaseAddress = simulator.Address,
    };
}
