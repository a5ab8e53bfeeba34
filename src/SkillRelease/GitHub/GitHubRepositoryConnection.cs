using Octokit;
using Octokit.Internal;
using SkillRelease.Configuration;

namespace SkillRelease.GitHub;

/// <summary>
/// One repository on GitHub through Octokit, over the options' handler chain (logging, retries, redaction):
/// what the ledger and the tracking issue both talk through.
/// </summary>
public sealed class GitHubRepositoryConnection
{
    public GitHubRepositoryConnection(GitHubLedgerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Token);
        var parts = options.Repository.Split('/');
        if (parts.Length != 2 || parts.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"The repository must be owner/name, not '{options.Repository}'.", nameof(options));
        }

        (Owner, Name) = (parts[0], parts[1]);
        options.Redactor.Add(options.Token);
        // Creates are sent once (a repeated POST whose answer was lost would duplicate a record); callers repeat a
        // failed write find-first instead.
        var http = new HttpClientAdapter(() => new WritesSentOnce(options.Pipeline()));
        // Octokit resolves relative paths (repos/o/r/…) against this, so it must end in a slash: GITHUB_API_URL is
        // https://api.github.com or https://host/api/v3 without one.
        var apiAddress = new Uri(options.ApiAddress.ToString().TrimEnd('/') + "/");
        var connection = new Connection(new ProductHeaderValue("boston-info-release"), apiAddress, new InMemoryCredentialStore(new Credentials(options.Token.Reveal(), AuthenticationType.Bearer)), http, new SimpleJsonSerializer());
        Client = new GitHubClient(connection);
        Api = new ApiConnection(connection);
    }

    public GitHubClient Client { get; }

    public ApiConnection Api { get; }

    public string Owner { get; }

    public string Name { get; }
}
