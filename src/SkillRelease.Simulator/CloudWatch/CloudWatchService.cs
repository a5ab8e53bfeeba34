using Microsoft.AspNetCore.Routing;
using SkillRelease.CloudWatch;
using SkillRelease.Simulator.Faults;
using SkillRelease.Simulator.Lambda;

namespace SkillRelease.Simulator.CloudWatch;

/// <summary>
/// CloudWatch's GetMetricData for the simulated function's Lambda metrics, derived from its aliases' routing (a canary
/// gets synthetic traffic, and <see cref="SimulatorOptions.CanaryErrorRate"/> of the new version's fails). Requests
/// must be SigV4-signed with the simulator's key pair for the service <c>monitoring</c>.
/// </summary>
public sealed class CloudWatchService : ISimulatedService
{
    private readonly CloudWatchEndpoints _endpoints;

    public CloudWatchService(SimulatorOptions options, LambdaService lambda)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(lambda);
        var verifier = new SigV4Verifier(options.AccessKeyId, options.SecretAccessKey.Reveal(), options.Region, CloudWatchWire.SigningService);
        _endpoints = new CloudWatchEndpoints(new SyntheticLambdaMetrics(lambda.Routing, options), verifier, options);
    }

    public string Name => "cloudwatch";

    public ErrorWriter WriteError => CloudWatchEndpoints.WriteErrorAsync;

    public void Map(IEndpointRouteBuilder routes) => _endpoints.Map(routes);
}
