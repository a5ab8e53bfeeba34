using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Simulator.Faults;
using SkillRelease.Simulator.Lambda;
using SkillRelease.Simulator.Lwa;

namespace SkillRelease.Simulator.Smapi;

/// <summary>The Skill Management API. (Skeleton: endpoints arrive with the SMAPI simulator.)</summary>
public sealed class SmapiService(SimulatorOptions options, LwaService lwa, ILambdaEndpointCheck lambda) : ISimulatedService
{
    public string Name => "smapi";

    public ErrorWriter WriteError => static (context, status, code, message) =>
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { message });
    };

    public void Map(IEndpointRouteBuilder routes)
    {
        _ = (options, lwa, lambda);
    }
}
