using Build.Hosting;
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
using SkillRelease.Release.Waiting;

namespace Build.Release;

/// <summary>
/// What every release task does first: read the settings (all missing names at once, before any remote call),
/// mask the secrets in GitHub Actions, build the clients, and hand intents to the engine.
/// </summary>
public sealed class ReleaseSession
{
    private readonly BuildContext _context;
    private readonly ILogger _logger;
    private readonly IProgress<WaitProgress> _progress;

    private ReleaseSession(BuildContext context, ReleaseServices services, WaitDisplay display)
    {
        _context = context;
        Services = services;
        _logger = display.Logger;
        _progress = display.Progress;
    }

    public ReleaseServices Services { get; }

    public static ReleaseSession Open(BuildContext context)
    {
        var settings = ReleaseSettings.FromEnvironment(context.EnvironmentVariables);
        var display = WaitDisplay.For(context.Log, ConsoleTraits.OfStandardOutput(context.EnvironmentVariables.GetValueOrDefault("NO_COLOR")), context.Time);
        return new ReleaseSession(context, CreateServices(context, settings, display.Logger), display);
    }

    /// <summary>The clients for <paramref name="settings"/>, with every secret masked in GitHub Actions and redacted from logs.</summary>
    public static ReleaseServices CreateServices(BuildContext context, ReleaseSettings settings, ILogger logger)
    {
        if (context.InGitHubActions)
        {
            foreach (var secret in settings.Secrets)
            {
                // GitHub masks secrets it knows; values assembled at run time must be announced, by value.
                Console.WriteLine($"::add-mask::{secret.Reveal()}");
            }
        }

        return ReleaseServicesFactory.Create(settings, logger, new SecretRedactor(settings.Secrets), context.Time, awsCredentials: null);
    }

    /// <summary>
    /// Plans <paramref name="intent"/> and applies it (with <c>--plan</c>: only prints it). A stop (Ctrl+C, SIGTERM)
    /// ends the run between or inside a wait; every task observes again first, so running it again resumes.
    /// </summary>
    public async Task<Plan> RunAsync(ReleaseIntent intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        try
        {
            return await new ReleaseEngine(Services, _logger, _context.Time) { Progress = _progress }.RunAsync(intent, _context.Plan, cancellationToken);
        }
        catch (OperationCanceledException exception) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(
                $"{intent.Name} was stopped (Ctrl+C or SIGTERM) before it finished. What it did so far stands (a canary keeps its start in the alias): run {intent.Name} again to do what is left.",
                exception,
                cancellationToken);
        }
    }

    /// <summary>
    /// Prints the status table. In GitHub Actions it also appends the table as Markdown to the job summary, and writes
    /// the step output <c>release-in-flight</c> (true or false), by which the certification workflow turns its
    /// schedule off when nothing is left to watch.
    /// </summary>
    public async Task PrintStatusAsync(CancellationToken cancellationToken)
    {
        var state = await new ReleaseEngine(Services, _logger, _context.Time).ObserveAsync([], cancellationToken);
        var now = _context.Time.GetUtcNow();
        var report = StatusReport.From(state, now, await CanaryFiguresAsync(state, now, cancellationToken));
        _logger.Log(LogLevel.Information, "{Line}", report.ToText().TrimEnd());
        if (_context.EnvironmentVariables.GetValueOrDefault("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
        {
            await File.AppendAllTextAsync(summary, report.ToMarkdown(), cancellationToken);
        }

        if (_context.EnvironmentVariables.GetValueOrDefault("GITHUB_OUTPUT") is { Length: > 0 } output)
        {
            await File.AppendAllTextAsync(output, $"release-in-flight={(state.ReleaseInFlight ? "true" : "false")}\n", cancellationToken);
        }
    }

    /// <summary>A running canary's figures; a CloudWatch that cannot be read is a warning, not a failed status.</summary>
    private async Task<CanaryFigures?> CanaryFiguresAsync(RemoteState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            return await CanaryMetrics.OfLiveAliasAsync(Services, state, now, cancellationToken);
        }
        catch (Exception exception) when (exception is CloudWatchException or HttpRequestException or TimeoutException)
        {
            _logger.Log(LogLevel.Warning, "{Line}", $"The canary's figures could not be read from CloudWatch: {exception.Message}");
            return null;
        }
    }
}
