using Microsoft.Extensions.Logging;
using SkillRelease.Http;
using SkillRelease.Release;
using SkillRelease.Release.Configuration;
using SkillRelease.Release.Execution;
using SkillRelease.Release.Planning;
using SkillRelease.Release.Reporting;

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

    /// <summary>The clients for <paramref name="settings"/>, with every secret masked in GitHub Actions and redacted from logs.</summary>
    public static ReleaseServices CreateServices(BuildContext context, ReleaseSettings settings, ILogger logger)
    {
        var secrets = settings.Secrets.Concat(new[] { "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN" }.Select(context.EnvironmentVariables.GetValueOrDefault).OfType<string>()).ToList();
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

    /// <summary>Prints the status table, and in GitHub Actions appends it as Markdown to the job summary.</summary>
    public async Task PrintStatusAsync()
    {
        var state = await new ReleaseEngine(Services, _logger, TimeProvider.System).ObserveAsync([], CancellationToken.None);
        var report = StatusReport.From(state, TimeProvider.System.GetUtcNow());
        _logger.Log(LogLevel.Information, "{Line}", report.ToText().TrimEnd());
        if (_context.EnvironmentVariables.GetValueOrDefault("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
        {
            await File.AppendAllTextAsync(summary, report.ToMarkdown());
        }
    }
}
