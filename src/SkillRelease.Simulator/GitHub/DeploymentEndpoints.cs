using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.GitHub;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.GitHub;

/// <summary>/repos/{owner}/{repo}/deployments[?environment&amp;ref] and …/deployments/{id}/statuses (list and create).</summary>
internal static class DeploymentEndpoints
{
    private static readonly HashSet<string> States =
    [
        DeploymentStates.Error, DeploymentStates.Failure, DeploymentStates.Inactive, DeploymentStates.InProgress,
        DeploymentStates.Queued, DeploymentStates.Pending, DeploymentStates.Success,
    ];

    public static void Map(RouteGroupBuilder repository, GitHubService github)
    {
        repository.MapGet("/deployments", (HttpContext context) =>
            {
                var environment = context.Request.Query["environment"].ToString();
                var gitRef = context.Request.Query["ref"].ToString();
                return github.Run(context, (repo, json, _) => Results.Json(new JsonArray([.. repo.Deployments
                    .Where(d => (environment.Length == 0 || d.Environment == environment) && (gitRef.Length == 0 || d.Ref == gitRef))
                    .OrderByDescending(d => d.Id)
                    .Select(json.Deployment)])));
            })
            .WithOperation(github.Name, "ListDeployments");

        repository.MapPost("/deployments", async (HttpContext context) =>
            {
                var body = await GitHubService.ReadBodyAsync(context.Request);
                var gitRef = GitHubService.Text(body["ref"]) ?? throw GitHubError.Unprocessable("Invalid request: \"ref\" wasn't supplied.");
                var environment = GitHubService.Text(body["environment"]) ?? "production";
                return github.Run(context, (repo, json, now) => github.Refs.Resolves(gitRef, repo)
                    ? Results.Json(json.Deployment(repo.AddDeployment(gitRef, environment, GitHubService.Text(body["description"]), now)), statusCode: StatusCodes.Status201Created)
                    : throw GitHubError.Unprocessable($"No ref found for: {gitRef}"));
            })
            .WithOperation(github.Name, "CreateDeployment", isWrite: true);

        repository.MapGet("/deployments/{id:long}/statuses", (HttpContext context, long id) =>
                github.Run(context, (repo, json, _) =>
                {
                    var deployment = Find(repo, id);
                    return Results.Json(new JsonArray([.. deployment.Statuses.Reverse().Select(s => json.Status(deployment, s))]));
                }))
            .WithOperation(github.Name, "ListDeploymentStatuses");

        repository.MapPost("/deployments/{id:long}/statuses", async (HttpContext context, long id) =>
            {
                var body = await GitHubService.ReadBodyAsync(context.Request);
                var state = GitHubService.Text(body["state"]);
                if (state is null || !States.Contains(state))
                {
                    throw GitHubError.Unprocessable($"Validation Failed: state '{state}' is not one of {string.Join(", ", States)}.");
                }

                return github.Run(context, (repo, json, now) =>
                {
                    var deployment = Find(repo, id);
                    var status = repo.AddStatus(deployment, state, GitHubService.Text(body["description"]), now);
                    return Results.Json(json.Status(deployment, status), statusCode: StatusCodes.Status201Created);
                });
            })
            .WithOperation(github.Name, "CreateDeploymentStatus", isWrite: true);
    }

    private static SimulatedDeployment Find(GitHubRepository repo, long id) =>
        repo.Deployments.FirstOrDefault(d => d.Id == id) ?? throw GitHubError.NotFound();
}
