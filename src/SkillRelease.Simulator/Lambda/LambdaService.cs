using System.Text;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Lambda;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.Lambda;

/// <summary>
/// The Lambda control plane for one function (<see cref="SimulatorOptions.FunctionName"/>), seeded as <c>aws lambda
/// create-function</c> leaves it: dotnet10, Active, last update Successful, and no Alexa Skills Kit trigger anywhere, as
/// in a fresh account (SMAPI then refuses an endpoint on it until one is added); or, with <see cref="SimulatorOptions.Empty"/>,
/// no function until CreateFunction. Requests must be SigV4-signed with the simulator's key pair.
/// </summary>
public sealed class LambdaService : ISimulatedService, ILambdaEndpointCheck
{
    private readonly SimulatedFunction _function;
    private readonly LambdaEndpoints _endpoints;

    public LambdaService(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _function = new SimulatedFunction(options, Encoding.UTF8.GetBytes($"{options.FunctionName} seed package"), exists: !options.Empty);
        var verifier = new SigV4Verifier(options.AccessKeyId, options.SecretAccessKey.Reveal(), options.Region, LambdaWire.SigningService);
        _endpoints = new LambdaEndpoints(_function, verifier, options);
    }

    public string Name => "lambda";

    public ErrorWriter WriteError => LambdaEndpoints.WriteErrorAsync;

    /// <summary>The function's unqualified ARN.</summary>
    public string FunctionArn => _function.Arn;

    /// <summary>Every alias write with its time (what the simulated CloudWatch derives traffic from).</summary>
    public AliasRoutingHistory Routing => _function.Routing;

    public void Map(IEndpointRouteBuilder routes) => _endpoints.Map(routes);

    public string? WhyCannotInvoke(string endpointArn, string skillId) => _function.WhyCannotInvoke(endpointArn, skillId);

    /// <summary>$LATEST, the published versions, the aliases and the per-qualifier policies as they are now.</summary>
    public LambdaSnapshot Snapshot() => _function.Snapshot();

    /// <summary>Test set-up: the trigger the console's "Add trigger → Alexa Skills Kit" adds to the unqualified function.</summary>
    public void AddAlexaTrigger(string skillId) => _function.AddAlexaTrigger(skillId);

    /// <summary>Test set-up: replaces $LATEST's code at once, as if an upload had finished.</summary>
    public void ReplaceCode(byte[] zip) => _function.ReplaceCode(zip);

    /// <summary>Test set-up: the update in progress will end with LastUpdateStatus=Failed and this reason.</summary>
    public void FailCurrentUpdate(string reason) => _function.FailCurrentUpdate(reason);

    /// <summary>Base64 SHA-256, what Lambda reports as CodeSha256 for <paramref name="zip"/>.</summary>
    public static string CodeSha256(byte[] zip) => SimulatedFunction.Sha256(zip);
}
