using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.GitHub;

/// <summary>/repos/{owner}/{repo}/releases: get by tag, create, update.</summary>
internal static class ReleaseEndpoints
{
    public static void Map(RouteGroupBuilder repository, GitHubService github)
    {
        repository.MapGet("/releases/tags/{tag}", (HttpContext context, string tag) =>
                github.Run(context, (repo, json, _) =>
                    Results.Json(json.Release(repo.Releases.FirstOrDefault(r => r.TagName == tag) ?? throw GitHubError.NotFound()))))
            .WithOperation(github.Name, "GetReleaseByTag");

        repository.MapPost("/releases", async (HttpContext context) =>
            {
                var body = await GitHubService.ReadBodyAsync(context.Request);
                var tag = GitHubService.Text(body["tag_name"]) ?? throw GitHubError.Unprocessable("Validation Failed: tag_name is missing.");
                return github.Run(context, (repo, json, now) => repo.Releases.Any(r => r.TagName == tag)
                    ? throw GitHubError.Unprocessable("Validation Failed: a release with this tag_name already exists.")
                    : Results.Json(json.Release(repo.AddRelease(tag, GitHubService.Text(body["name"]), GitHubService.Text(body["body"]), now)), statusCode: StatusCodes.Status201Created));
            })
            .WithOperation(github.Name, "CreateRelease", isWrite: true);

        repository.MapMethods("/releases/{id:long}", [HttpMethods.Patch], async (HttpContext context, long id) =>
            {
                var body = await GitHubService.ReadBodyAsync(context.Request);
                return github.Run(context, (repo, json, _) =>
                {
                    var release = repo.Releases.FirstOrDefault(r => r.Id == id) ?? throw GitHubError.NotFound();
                    return Results.Json(json.Release(repo.ReplaceRelease(release with
                    {
                        Name = GitHubService.Text(body["name"]) ?? release.Name,
                        Body = GitHubService.Text(body["body"]) ?? release.Body,
                    })));
                });
            })
            .WithOperation(github.Name, "UpdateRelease", isWrite: true);
    }
}
