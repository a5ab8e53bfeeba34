using Microsoft.AspNetCore.Http;

namespace SkillRelease.Simulator.GitHub;

/// <summary>A refusal in GitHub's shape, <c>{"message","documentation_url"}</c>; thrown by handlers, written as the answer.</summary>
internal sealed class GitHubError(int status, string message) : Exception(message), IResult
{
    public static GitHubError NotFound() => new(404, "Not Found");

    public static GitHubError Unprocessable(string message) => new(422, message);

    public Task ExecuteAsync(HttpContext httpContext) => Write(httpContext, status, Message);

    public static Task Write(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["message"] = message, ["documentation_url"] = "https://docs.github.com/rest" });
    }
}
