using Microsoft.Extensions.Logging;
using SkillRelease.CloudWatch;
using SkillRelease.Http;
using SkillRelease.Release;
using SkillRelease.Release.Canaries;
using SkillRelease.Release.Configuration;
using SkillRelease.Release.Execution;
using SkillRelease.Release.Planning;
using SkillRelease.Release.Reporting;
using SkillRelease.Release.State;

namespace Build.Release;

/// <summary>
/// What every release task does first: read the settings (all missing names at once, before any remote call),
/// mask the secrets in GitHub Actions, build the clients, and hand intents to the engine.
/// </summary>
public sealed class ReleaseSession
{
    private readonly BuildContext _context;
    private readonly ILogger _logger;

    private ReleaseSession(BuildContext context, ReleaseServices services, ILogger logger)
    {
        _context = context;
        Services = services;
        _logger = logger;
    }

    public ReleaseServices Services { get; }

    public static ReleaseSession Open(BuildContext context)
    {
        var settings = ReleaseSettings.FromEnvironment(context.EnvironmentVariables);
        var logger = new CakeLogger(context.Log);
        return new ReleaseSession(context, CreateServices(context, settings, logger), logger);
    }

    /// <summary>The AWS SDK's own secret variables: masked and redacted like the settings' secrets.</summary>
    private static readonly string[] AwsSecretVariables = ["AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"];

    /// <summary>The clients for <paramref name="settings"/>, with every secret masked in GitHub Actions and redacted from logs.</summary>
    public static ReleaseServices CreateServices(BuildContext context, ReleaseSettings settings, ILogger logger)
    {
        var secrets = settings.Secrets.Concat(AwsSecretVariables.Select(context.EnvironmentVariables.GetValueOrDefault).OfType<string>()).ToList();
        if (context.InGitHubActions)
        {
            foreach (var secret in secrets)
            {
                // GitHub masks secrets it knows; values assembled at run time must be announced.
                Console.WriteLine($"::add-mask::{secret}");
            }
        }

        return ReleaseServicesFactory.Create(settings, logger, new SecretRedactor(secrets), TimeProvider.System, awsCredentials: null);
    }

    public Task<Plan> RunAsync(ReleaseIntent intent) =>
        new ReleaseEngine(Services, _logger, TimeProvider.System).RunAsync(intent, _context.DryRun, CancellationToken.None);

    /// <summary>
    /// Prints the status table. In GitHub Actions it also appends the table as Markdown to the job summary, and writes
    /// the step output <c>release-in-flight</c> (true or false), by which the certification workflow turns its
    /// schedule off when nothing is left to watch.
    /// </summary>
    public async Task PrintStatusAsync()
    {
        var state = await new ReleaseEngine(Services, _logger, TimeProvider.System).ObserveAsync([], CancellationToken.None);
        var now = TimeProvider.System.GetUtcNow();
        var report = StatusReport.From(state, now, await CanaryFiguresAsync(state, now));
        _logger.Log(LogLevel.Information, "{Line}", report.ToText().TrimEnd());
        if (_context.EnvironmentVariables.GetValueOrDefault("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
        {
            await File.AppendAllTextAsync(summary, report.ToMarkdown());
        }

        if (_context.EnvironmentVariables.GetValueOrDefault("GITHUB_OUTPUT") is { Length: > 0 } output)
        {
            await File.AppendAllTextAsync(output, $"release-in-flight={(state.ReleaseInFlight ? "true" : "false")}\n");
        }
    }

    /// <summary>A running canary's figures; a CloudWatch that cannot be read is a warning, not a failed status.</summary>
    private async Task<CanaryFigures?> CanaryFiguresAsync(RemoteState state, DateTimeOffset now)
    {
        try
        {
            return await CanaryMetrics.OfLiveAliasAsync(Services, state, now, CancellationToken.None);
        }
        catch (Exception exception) when (exception is CloudWatchException or HttpRequestException or TimeoutException)
        {
            _logger.Log(LogLevel.Warning, "{Line}", $"The canary's figures could not be read from CloudWatch: {exception.Message}");
            return null;
        }
    }
}
