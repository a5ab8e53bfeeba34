using System.Globalization;
using System.Text.Json.Nodes;

namespace SkillRelease.Simulator.GitHub;

/// <summary>The response shapes, complete enough for Octokit to deserialize (ids, numbers, urls, users, dates).</summary>
internal sealed class GitHubJson(string baseUrl, string repository)
{
    private string RepoApi => $"{baseUrl}{GitHubService.PathPrefix}/repos/{repository}";

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static JsonObject User() => new()
    {
        ["login"] = "github-actions[bot]",
        ["id"] = 41898282,
        ["node_id"] = "MDM6Qm90NDE4OTgyODI=",
        ["type"] = "Bot",
        ["site_admin"] = false,
        ["url"] = "https://api.github.com/users/github-actions%5Bbot%5D",
        ["html_url"] = "https://github.com/apps/github-actions",
    };

    public JsonObject Deployment(SimulatedDeployment deployment) => new()
    {
        ["id"] = deployment.Id,
        ["node_id"] = $"DE_{deployment.Id}",
        ["url"] = $"{RepoApi}/deployments/{deployment.Id}",
        ["sha"] = "0000000000000000000000000000000000000000",
        ["ref"] = deployment.Ref,
        ["task"] = "deploy",
        ["payload"] = new JsonObject(),
        ["environment"] = deployment.Environment,
        ["original_environment"] = deployment.Environment,
        ["description"] = deployment.Description,
        ["creator"] = User(),
        ["created_at"] = Time(deployment.CreatedAt),
        ["updated_at"] = Time(deployment.Statuses is [.., var last] ? last.CreatedAt : deployment.CreatedAt),
        ["statuses_url"] = $"{RepoApi}/deployments/{deployment.Id}/statuses",
        ["repository_url"] = RepoApi,
        ["transient_environment"] = false,
        ["production_environment"] = false,
    };

    public JsonObject Status(SimulatedDeployment deployment, SimulatedDeploymentStatus status) => new()
    {
        ["id"] = status.Id,
        ["node_id"] = $"DES_{status.Id}",
        ["url"] = $"{RepoApi}/deployments/{deployment.Id}/statuses/{status.Id}",
        ["state"] = status.State,
        ["description"] = status.Description ?? "",
        ["environment"] = deployment.Environment,
        ["creator"] = User(),
        ["target_url"] = "",
        ["log_url"] = "",
        ["environment_url"] = "",
        ["created_at"] = Time(status.CreatedAt),
        ["updated_at"] = Time(status.CreatedAt),
        ["deployment_url"] = $"{RepoApi}/deployments/{deployment.Id}",
        ["repository_url"] = RepoApi,
    };

    public JsonObject Release(SimulatedRelease release) => new()
    {
        ["id"] = release.Id,
        ["node_id"] = $"RE_{release.Id}",
        ["url"] = $"{RepoApi}/releases/{release.Id}",
        ["html_url"] = $"https://github.com/{repository}/releases/tag/{Uri.EscapeDataString(release.TagName)}",
        ["assets_url"] = $"{RepoApi}/releases/{release.Id}/assets",
        ["upload_url"] = $"{RepoApi}/releases/{release.Id}/assets{{?name,label}}",
        ["tag_name"] = release.TagName,
        ["target_commitish"] = "main",
        ["name"] = release.Name,
        ["body"] = release.Body,
        ["draft"] = false,
        ["prerelease"] = false,
        ["created_at"] = Time(release.CreatedAt),
        ["published_at"] = Time(release.CreatedAt),
        ["author"] = User(),
        ["assets"] = new JsonArray(),
    };

    public JsonObject Issue(SimulatedIssue issue) => new()
    {
        ["id"] = issue.Id,
        ["node_id"] = $"I_{issue.Id}",
        ["url"] = $"{RepoApi}/issues/{issue.Number}",
        ["html_url"] = $"https://github.com/{repository}/issues/{issue.Number}",
        ["comments_url"] = $"{RepoApi}/issues/{issue.Number}/comments",
        ["events_url"] = $"{RepoApi}/issues/{issue.Number}/events",
        ["number"] = issue.Number,
        ["state"] = issue.State,
        ["title"] = issue.Title,
        ["body"] = issue.Body,
        ["user"] = User(),
        ["labels"] = new JsonArray([.. issue.Labels.Select((name, i) => new JsonObject { ["id"] = 9000 + i, ["name"] = name, ["color"] = "d73a4a", ["default"] = false })]),
        ["assignees"] = new JsonArray(),
        ["comments"] = 0,
        ["locked"] = false,
        ["created_at"] = Time(issue.CreatedAt),
        ["updated_at"] = Time(issue.UpdatedAt),
        ["closed_at"] = null,
    };
}
