using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.GitHub;

/// <summary>The subset of the GitHub REST API the ledger calls. (Skeleton: endpoints arrive with the GitHub simulator.)</summary>
public sealed class GitHubService(SimulatorOptions options) : ISimulatedService
{
    /// <summary>Where Octokit sends requests for a custom (GitHub Enterprise style) base address.</summary>
    public const string PathPrefix = "/api/v3";

    public string Name => "github";

    public ErrorWriter WriteError => static (context, status, code, message) =>
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { message, documentation_url = "https://docs.github.com/rest" });
    };

    public void Map(IEndpointRouteBuilder routes)
    {
        _ = options;
    }
}
