using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.Lwa;

/// <summary>Login with Amazon's token endpoint. (Skeleton: endpoints arrive with the SMAPI simulator.)</summary>
public sealed class LwaService(SimulatorOptions options) : ISimulatedService
{
    public string Name => "lwa";

    public ErrorWriter WriteError => static (context, status, code, message) =>
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = status == 429 ? "slow_down" : "server_error", error_description = message });
    };

    public void Map(IEndpointRouteBuilder routes)
    {
        _ = options;
    }
}
