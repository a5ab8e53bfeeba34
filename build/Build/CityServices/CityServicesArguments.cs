using BostonInfo.Skill.CityData;
using Cake.Common;
using Cake.Core;
using SkillRelease.GitHub;

namespace Build.CityServices;

/// <summary>check-city-services' settings: the services' addresses (BOSTON_*), --github-issue and GitHub's variables.</summary>
public sealed class CityServicesArguments(ICakeContext context, IReadOnlyDictionary<string, string?> environment)
{
    /// <summary>The real services unless a BOSTON_* variable names another address, as for the skill itself.</summary>
    public CityDataEndpoints Endpoints => CityDataEndpoints.FromEnvironment(environment.GetValueOrDefault);

    /// <summary><c>--github-issue</c>: keep the repository's one city-services issue in step with the result.</summary>
    public bool ReportIssue => context.HasArgument("github-issue");

    /// <summary>Where the issue lives; every missing variable is named at once, before any call.</summary>
    public GitHubLedgerOptions GitHub()
    {
        var token = environment.GetValueOrDefault("GITHUB_TOKEN");
        var repository = environment.GetValueOrDefault("GITHUB_REPOSITORY");
        var missing = new[] { ("GITHUB_TOKEN", token), ("GITHUB_REPOSITORY", repository) }.Where(pair => string.IsNullOrWhiteSpace(pair.Item2)).Select(pair => pair.Item1).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"--github-issue needs {string.Join(" and ", missing)}: set them, or run without --github-issue.");
        }

        return new GitHubLedgerOptions
        {
            Token = token!,
            Repository = repository!,
            ApiAddress = environment.GetValueOrDefault("GITHUB_API_URL") is { Length: > 0 } api ? new Uri(api) : GitHubLedgerOptions.DefaultApiAddress,
        };
    }

    /// <summary>This workflow run's page, to link from the issue; null outside GitHub Actions.</summary>
    public Uri? RunUrl =>
        environment.GetValueOrDefault("GITHUB_SERVER_URL") is { Length: > 0 } server &&
        environment.GetValueOrDefault("GITHUB_REPOSITORY") is { Length: > 0 } repository &&
        environment.GetValueOrDefault("GITHUB_RUN_ID") is { Length: > 0 } run
            ? new Uri($"{server.TrimEnd('/')}/{repository}/actions/runs/{run}")
            : null;

    /// <summary>The job summary file GitHub Actions gives each step, if any.</summary>
    public string? StepSummary => environment.GetValueOrDefault("GITHUB_STEP_SUMMARY") is { Length: > 0 } path ? path : null;
}
