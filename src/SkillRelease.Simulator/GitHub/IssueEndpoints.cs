using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.GitHub;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.GitHub;

/// <summary>/repos/{owner}/{repo}/issues: list (state and labels filters), create, update.</summary>
internal static class IssueEndpoints
{
    public static void Map(RouteGroupBuilder repository, GitHubService github)
    {
        repository.MapGet("/issues", (HttpContext context) =>
            {
                var state = context.Request.Query["state"].ToString() is { Length: > 0 } s ? s : GitHubWire.OpenIssue;
                var labels = context.Request.Query["labels"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return github.Run(context, (repo, json, _) => Results.Json(new JsonArray([.. repo.Issues
                    .Where(i => state == "all" || i.State == state)
                    .Where(i => labels.All(i.Labels.Contains))
                    .OrderByDescending(i => i.Number)
                    .Select(json.Issue)])));
            })
            .WithOperation(github.Name, "ListRepositoryIssues");

        repository.MapPost("/issues", async (HttpContext context) =>
            {
                var body = await GitHubService.ReadBodyAsync(context.Request);
                var title = GitHubService.Text(body["title"]) ?? throw GitHubError.Unprocessable("Validation Failed: title is missing.");
                var labels = (body["labels"] as JsonArray ?? []).Select(GitHubService.Text).OfType<string>().ToList();
                return github.Run(context, (repo, json, now) =>
                    Results.Json(json.Issue(repo.AddIssue(title, GitHubService.Text(body["body"]), labels, now)), statusCode: StatusCodes.Status201Created));
            })
            .WithOperation(github.Name, "CreateIssue", isWrite: true);

        repository.MapMethods("/issues/{number:int}", [HttpMethods.Patch], async (HttpContext context, int number) =>
            {
                var body = await GitHubService.ReadBodyAsync(context.Request);
                var state = GitHubService.Text(body["state"]);
                if (state is not (null or GitHubWire.OpenIssue or GitHubWire.ClosedIssue))
                {
                    throw GitHubError.Unprocessable($"Validation Failed: state '{state}' is not open or closed.");
                }

                return github.Run(context, (repo, json, now) =>
                {
                    var issue = repo.Issues.FirstOrDefault(i => i.Number == number) ?? throw GitHubError.NotFound();
                    return Results.Json(json.Issue(repo.ReplaceIssue(issue with
                    {
                        Title = GitHubService.Text(body["title"]) ?? issue.Title,
                        Body = GitHubService.Text(body["body"]) ?? issue.Body,
                        State = state ?? issue.State,
                        UpdatedAt = now,
                    })));
                });
            })
            .WithOperation(github.Name, "UpdateIssue", isWrite: true);
    }
}
