using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.GitHub;

/// <summary>
/// GET /repos/{owner}/{repo}, what doctor reads to check the token. A classic token's scopes come back in
/// <c>X-OAuth-Scopes</c>, and, since it acts for a user, <c>permissions</c> is that user's access; an Actions or
/// fine-grained token gets neither (GitHub lists no scopes for them: https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api
/// and https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps). Whether GitHub sends
/// <c>permissions</c> to an installation token was not confirmed, so doctor does not depend on its absence.
/// </summary>
internal static class RepositoryEndpoints
{
    public static void Map(RouteGroupBuilder repository, GitHubService github, SimulatorOptions options) =>
        repository.MapGet("", (HttpContext context) =>
            {
                var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}{GitHubService.PathPrefix}";
                var name = options.GitHubRepository.Split('/');
                var body = new JsonObject
                {
                    ["id"] = 311311,
                    ["node_id"] = "R_kgDOSimulated",
                    ["name"] = name[1],
                    ["full_name"] = options.GitHubRepository,
                    ["private"] = false,
                    ["visibility"] = "public",
                    ["owner"] = new JsonObject { ["login"] = name[0], ["id"] = 3113, ["type"] = "Organization", ["url"] = $"{baseUrl}/users/{name[0]}" },
                    ["html_url"] = $"https://github.com/{options.GitHubRepository}",
                    ["url"] = $"{baseUrl}/repos/{options.GitHubRepository}",
                    ["default_branch"] = "main",
                    ["created_at"] = "2025-01-01T00:00:00Z",
                    ["updated_at"] = GitHubJson.Time(options.Time.GetUtcNow()),
                    ["pushed_at"] = GitHubJson.Time(options.Time.GetUtcNow()),
                };
                if (options.GitHubTokenScopes is { } scopes)
                {
                    context.Response.Headers["X-OAuth-Scopes"] = string.Join(", ", scopes);
                    var write = scopes.Contains("repo") || scopes.Contains("public_repo");
                    body["permissions"] = new JsonObject { ["admin"] = false, ["maintain"] = false, ["push"] = write, ["triage"] = write, ["pull"] = true };
                }

                return Results.Json(body);
            })
            .WithOperation(github.Name, "GetRepository");
}
