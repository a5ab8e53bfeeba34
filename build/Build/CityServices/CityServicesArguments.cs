using BostonInfo.Skill.CityData;
using Cake.Common;
using Cake.Core;
using SkillRelease.Configuration;
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
        var token = EnvironmentSettings.GitHubToken.ReadSecretFrom(environment);
        var repository = EnvironmentSettings.GitHubRepository.ReadFrom(environment);
        var missing = new[] { (EnvironmentSettings.GitHubToken, token is null), (EnvironmentSettings.GitHubRepository, repository is null) }.Where(pair => pair.Item2).Select(pair => pair.Item1.Name).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"--github-issue needs {string.Join(" and ", missing)}: set them, or run without --github-issue.");
        }

        return new GitHubLedgerOptions
        {
            Token = token!,
            Repository = repository!,
            ApiAddress = EnvironmentSettings.GitHubApiUrl.ReadUrlFrom(environment) ?? GitHubLedgerOptions.DefaultApiAddress,
        };
    }

    /// <summary>This workflow run's page, to link from the issue; null outside GitHub Actions.</summary>
    public Uri? RunUrl =>
        environment.GetValueOrDefault("GITHUB_SERVER_URL") is { Length: > 0 } server &&
        EnvironmentSettings.GitHubRepository.ReadFrom(environment) is { } repository &&
        environment.GetValueOrDefault("GITHUB_RUN_ID") is { Length: > 0 } run
            ? new Uri($"{server.TrimEnd('/')}/{repository}/actions/runs/{run}")
            : null;

    /// <summary>The job summary file GitHub Actions gives each step, if any.</summary>
    public string? StepSummary => environment.GetValueOrDefault("GITHUB_STEP_SUMMARY") is { Length: > 0 } path ? path : null;
}
