using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.Lambda;

/// <summary>The Lambda control plane. (Skeleton: endpoints arrive with the Lambda simulator.)</summary>
public sealed class LambdaService(SimulatorOptions options) : ISimulatedService, ILambdaEndpointCheck
{
    public string Name => "lambda";

    public ErrorWriter WriteError => static (context, status, code, message) =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers["X-Amzn-ErrorType"] = code;
        return context.Response.WriteAsJsonAsync(new { Type = "User", message });
    };

    public void Map(IEndpointRouteBuilder routes)
    {
    }

    public string? WhyCannotInvoke(string endpointArn, string skillId) =>
        endpointArn.StartsWith($"arn:aws:lambda:{options.Region}:{options.AccountId}:function:{options.FunctionName}", StringComparison.Ordinal)
            ? null
            : $"The endpoint {endpointArn} does not exist.";
}
