using SkillRelease.Configuration;
using SkillRelease.Http;

namespace SkillRelease.Lambda;

/// <summary>Where and as whom <see cref="LambdaClient"/> calls the Lambda control plane, and how patiently.</summary>
public sealed record LambdaClientOptions : SignedAwsClientOptions
{
    /// <summary>The function-updated-v2 waiter's pace: one GetFunction per second, at most 300 of them.</summary>
    public TimeSpan WaiterInterval { get; init; } = TimeSpan.FromSeconds(1);

    public int WaiterMaxAttempts { get; init; } = 300;

    protected override string EndpointPrefix => "lambda";

    /// <summary>The region, <c>AWS_ENDPOINT_URL_LAMBDA</c> and a key pair from these settings (see the base's reader).</summary>
    public static LambdaClientOptions FromEnvironment(IReadOnlyDictionary<string, string?> environment) =>
        FromEnvironment(environment, EnvironmentSettings.LambdaEndpoint, region => new LambdaClientOptions { Region = region });
}
