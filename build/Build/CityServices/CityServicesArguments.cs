using BostonInfo.Skill.CityData;
using Build.Arguments;
using SkillRelease.Configuration;
using SkillRelease.GitHub;

namespace Build.CityServices;

/// <summary>check-city-services' settings: the services' addresses (BOSTON_*), --github-issue and GitHub's variables.</summary>
public sealed class CityServicesArguments
{
    private readonly IReadOnlyDictionary<string, string?> _environment;

    /// <summary>Reads --github-issue; its missing GitHub variables are a problem reported with every other argument's.</summary>
    public CityServicesArguments(ArgumentReader arguments, IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        _environment = environment;
        ReportIssue = arguments.Flag("github-issue");
        if (ReportIssue && MissingGitHubSettings() is { Count: > 0 } missing)
        {
            arguments.Problem(NeedsGitHubSettings(missing), false);
        }
    }

    /// <summary>The real services unless a BOSTON_* variable names another address, as for the skill itself.</summary>
    public CityDataEndpoints Endpoints => CityDataEndpoints.FromEnvironment(_environment.GetValueOrDefault);

    /// <summary><c>--github-issue</c>: keep the repository's one city-services issue in step with the result.</summary>
    public bool ReportIssue { get; }

    /// <summary>Where the issue lives; every missing variable is named at once, before any call.</summary>
    public GitHubLedgerOptions GitHub()
    {
        var token = EnvironmentSettings.GitHubToken.ReadSecretFrom(_environment);
        var repository = EnvironmentSettings.GitHubRepository.ReadFrom(_environment);
        if (MissingGitHubSettings() is { Count: > 0 } missing)
        {
            throw new ArgumentException(NeedsGitHubSettings(missing));
        }

        return new GitHubLedgerOptions
        {
            Token = token!,
            Repository = repository!,
            ApiAddress = EnvironmentSettings.GitHubApiUrl.ReadUrlFrom(_environment) ?? GitHubLedgerOptions.DefaultApiAddress,
        };
    }

    /// <summary>This workflow run's page, to link from the issue; null outside GitHub Actions.</summary>
    public Uri? RunUrl =>
        _environment.GetValueOrDefault("GITHUB_SERVER_URL") is { Length: > 0 } server &&
        EnvironmentSettings.GitHubRepository.ReadFrom(_environment) is { } repository &&
        _environment.GetValueOrDefault("GITHUB_RUN_ID") is { Length: > 0 } run
            ? new Uri($"{server.TrimEnd('/')}/{repository}/actions/runs/{run}")
            : null;

    /// <summary>The job summary file GitHub Actions gives each step, if any.</summary>
    public string? StepSummary => _environment.GetValueOrDefault("GITHUB_STEP_SUMMARY") is { Length: > 0 } path ? path : null;

    private List<string> MissingGitHubSettings() =>
        [.. new[] { EnvironmentSettings.GitHubToken, EnvironmentSettings.GitHubRepository }.Where(setting => setting.ReadFrom(_environment) is null).Select(setting => setting.Name)];

    private static string NeedsGitHubSettings(List<string> missing) =>
        $"--github-issue needs {string.Join(" and ", missing)}: set them, or run without --github-issue.";
}
