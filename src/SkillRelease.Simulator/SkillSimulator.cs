using LoopbackHosting;
using Microsoft.AspNetCore.Builder;
using SkillRelease.Configuration;
using SkillRelease.Simulator.CloudWatch;
using SkillRelease.Simulator.Faults;
using SkillRelease.Simulator.GitHub;
using SkillRelease.Simulator.Lambda;
using SkillRelease.Simulator.Lwa;
using SkillRelease.Simulator.Network;
using SkillRelease.Simulator.Smapi;
using SkillRelease.Simulator.Sts;

namespace SkillRelease.Simulator;

/// <summary>
/// The Lambda control plane, SMAPI, Login with Amazon, the GitHub API and CloudWatch's GetMetricData and STS's
/// GetCallerIdentity on one loopback port, routed by path (<c>/2015-03-31/…</c>, <c>/v1/…</c>, <c>/auth/o2/token</c>,
/// <c>/api/v3/…</c>) and, for POST <c>/</c>, by content type (CloudWatch's JSON, STS's form). Seeded with one function and one
/// skill whose development endpoint is the function's unqualified ARN and which has never been live.
/// </summary>
public sealed class SkillSimulator : IAsyncDisposable
{
    private readonly LoopbackHost _host;

    private SkillSimulator(LoopbackHost host, SimulatorOptions options, FaultInjector faults, CallTimeline timeline, LambdaService lambda, LwaService lwa, SmapiService smapi, GitHubService gitHub)
    {
        _host = host;
        Options = options;
        Faults = faults;
        Timeline = timeline;
        Lambda = lambda;
        Lwa = lwa;
        Smapi = smapi;
        GitHub = gitHub;
        Address = new Uri(host.Address.GetLeftPart(UriPartial.Authority));
    }

    /// <summary>The base address, e.g. http://127.0.0.1:43121 (no trailing slash).</summary>
    public Uri Address { get; }

    public SimulatorOptions Options { get; }

    public FaultInjector Faults { get; }

    /// <summary>When each call arrived and was answered: how many calls a task made one after another.</summary>
    public CallTimeline Timeline { get; }

    public LambdaService Lambda { get; }

    public LwaService Lwa { get; }

    public SmapiService Smapi { get; }

    public GitHubService GitHub { get; }

    /// <summary>
    /// Everything a client needs, by the names the pipeline, the AWS CLI and the ASK CLI read (all from
    /// <see cref="EnvironmentSettings"/>): what <c>simulate</c> prints as <c>export</c> lines, so the secrets are
    /// revealed here, where they are handed over.
    /// </summary>
    public IReadOnlyDictionary<string, string> ClientEnvironment => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [EnvironmentSettings.LambdaEndpoint.Name] = BaseUrl,
        [EnvironmentSettings.CloudWatchEndpoint.Name] = BaseUrl,
        [EnvironmentSettings.StsEndpoint.Name] = BaseUrl,
        [EnvironmentSettings.AccessKeyId.Name] = Options.AccessKeyId,
        [EnvironmentSettings.SecretAccessKey.Name] = Options.SecretAccessKey.Reveal(),
        [EnvironmentSettings.Region.Name] = Options.Region,
        [EnvironmentSettings.SmapiBaseUrl.Name] = BaseUrl,
        [EnvironmentSettings.LwaTokenHost.Name] = BaseUrl,
        [EnvironmentSettings.LwaClientId.Name] = Options.LwaClientId,
        [EnvironmentSettings.LwaClientSecret.Name] = Options.LwaClientSecret.Reveal(),
        [EnvironmentSettings.LwaClientConfirmation.Name] = Options.LwaClientSecret.Reveal(),
        [EnvironmentSettings.RefreshToken.Name] = Options.RefreshToken.Reveal(),
        [EnvironmentSettings.VendorId.Name] = Options.VendorId,
        [EnvironmentSettings.SkillId.Name] = Options.SkillId,
        [EnvironmentSettings.FunctionName.Name] = Options.FunctionName,
        [EnvironmentSettings.GitHubApiUrl.Name] = BaseUrl + GitHubService.PathPrefix,
        [EnvironmentSettings.GitHubToken.Name] = Options.GitHubToken.Reveal(),
        [EnvironmentSettings.GitHubRepository.Name] = Options.GitHubRepository,
    };

    private string BaseUrl => Address.GetLeftPart(UriPartial.Authority);

    public static async Task<SkillSimulator> StartAsync(SimulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var faults = new FaultInjector();
        var timeline = new CallTimeline();
        var lambda = new LambdaService(options);
        var lwa = new LwaService(options);
        var smapi = new SmapiService(options, lwa, lambda);
        var gitHub = new GitHubService(options);
        var cloudWatch = new CloudWatchService(options, lambda);
        ISimulatedService[] services = [lambda, lwa, smapi, gitHub, cloudWatch, new StsService(options)];

        var middleware = new FaultMiddleware(faults, services.ToDictionary(s => s.Name, s => s.WriteError), options.TimeoutFaultDuration, options.Time);
        // A 50 MB zip, base64 in JSON, must fit in one UpdateFunctionCode.
        var hostOptions = new LoopbackHostOptions { Port = options.Port, Routing = true, MaxRequestBodySize = 70 * 1024 * 1024 };
        var host = await LoopbackHost.StartAsync(hostOptions, app =>
        {
            app.Use(new CallTimelineMiddleware(timeline).InvokeAsync);
            if (options.Latency > TimeSpan.Zero)
            {
                app.Use(new LatencyMiddleware(options.Latency, options.Time).InvokeAsync);
            }

            app.Use(middleware.InvokeAsync);
            foreach (var service in services)
            {
                service.Map(app);
            }
        }, cancellationToken).ConfigureAwait(false);

        return new SkillSimulator(host, options, faults, timeline, lambda, lwa, smapi, gitHub);
    }

    /// <summary>Returns when <paramref name="cancellationToken"/> is cancelled or the host stops.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _host.WaitForShutdownAsync(cancellationToken);

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
