using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SkillRelease.Configuration;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.GitHub;

/// <summary>
/// The subset of the GitHub REST API the release ledger calls through Octokit (deployments and their statuses,
/// releases by tag, issues) and doctor reads (the repository), for the one repository <see cref="SimulatorOptions.GitHubRepository"/>, under the
/// GitHub Enterprise style prefix Octokit uses for a custom base address.
/// </summary>
public sealed class GitHubService(SimulatorOptions options) : ISimulatedService
{
    /// <summary>Where Octokit sends requests for a custom (GitHub Enterprise style) base address.</summary>
    public const string PathPrefix = "/api/v3";

    private readonly object _gate = new();
    private readonly GitHubRepository _repository = new();

    public string Name => "github";

    internal GitRefs Refs { get; } = new(options.GitHubBranches);

    public ErrorWriter WriteError => static (context, status, code, message) => GitHubError.Write(context, status, message);

    public void Map(IEndpointRouteBuilder routes)
    {
        var repository = routes.MapGroup(PathPrefix + "/repos/{owner}/{repo}");
        repository.AddEndpointFilter(AuthorizeAsync);
        RepositoryEndpoints.Map(repository, this, options);
        DeploymentEndpoints.Map(repository, this);
        ReleaseEndpoints.Map(repository, this);
        IssueEndpoints.Map(repository, this);
    }

    /// <summary>Reads the repository under the lock (for tests: deployments with statuses, releases, issues).</summary>
    public T Inspect<T>(Func<GitHubRepository, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_gate)
        {
            return read(_repository);
        }
    }

    /// <summary>Runs <paramref name="action"/> on the repository under the lock, with the JSON shapes for this host.</summary>
    internal IResult Run(HttpContext context, Func<GitHubRepository, GitHubJson, DateTimeOffset, IResult> action)
    {
        var json = new GitHubJson($"{context.Request.Scheme}://{context.Request.Host}", options.GitHubRepository);
        lock (_gate)
        {
            return action(_repository, json, options.Time.GetUtcNow());
        }
    }

    internal static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject
                ?? throw new GitHubError(400, "Problems parsing JSON");
        }
        catch (JsonException)
        {
            throw new GitHubError(400, "Problems parsing JSON");
        }
    }

    internal static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Accepts <c>token X</c> or <c>Bearer X</c> with the configured token, for the configured repository only.</summary>
    private async ValueTask<object?> AuthorizeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var parts = context.Request.Headers.Authorization.ToString().Split(' ', 2, StringSplitOptions.TrimEntries);
        var authorized = parts.Length == 2 && (parts[0].Equals("token", StringComparison.OrdinalIgnoreCase) || parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase))
            && Secret.From(parts[1]) == options.GitHubToken;
        if (!authorized)
        {
            return new GitHubError(401, "Bad credentials");
        }

        if ($"{context.GetRouteValue("owner")}/{context.GetRouteValue("repo")}" != options.GitHubRepository)
        {
            return GitHubError.NotFound();
        }

        try
        {
            return await next(invocation);
        }
        catch (GitHubError error)
        {
            return error;
        }
    }
}
