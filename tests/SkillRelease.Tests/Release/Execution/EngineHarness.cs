using Microsoft.Extensions.Logging.Abstractions;
using SkillRelease.Release;
using SkillRelease.Release.Configuration;
using SkillRelease.Release.Execution;
using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Simulator;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Tests.Release.Execution;

/// <summary>A simulator on a free port and an engine wired to it, with a transport that can cut the run short.</summary>
public sealed class EngineHarness : IAsyncDisposable
{
    /// <summary>One "now" for every run of the test process (descriptions compare equal), before any simulated submission.</summary>
    public static readonly DateTimeOffset Now = DateTimeOffset.UtcNow.AddSeconds(-1);

    private EngineHarness(SkillSimulator simulator, ReleaseSettings settings)
    {
        Simulator = simulator;
        Settings = settings;
    }

    public SkillSimulator Simulator { get; }

    public ReleaseSettings Settings { get; }

    public static SkillPackage Skill { get; } = SkillPackage.Load(RepositoryFiles.PathOf("skill-package"));

    public static CodePackage CodeA { get; } = CodePackage.FromZip("code A"u8.ToArray(), "aaaaaaa1111111");

    public static CodePackage CodeB { get; } = CodePackage.FromZip("code B"u8.ToArray(), "bbbbbbb2222222");

    /// <summary>How long one HTTP attempt may take: long enough for a busy machine, short only where a test injects timeouts.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Short InProgress windows, so the engine's waits end soon.</summary>
    public static SimulatorOptions FastOptions { get; } = new()
    {
        LambdaUpdateDuration = TimeSpan.FromMilliseconds(20), SmapiUpdateDuration = TimeSpan.FromMilliseconds(20), TimeoutFaultDuration = TimeSpan.FromSeconds(5),
    };

    public static async Task<EngineHarness> StartAsync(SimulatorOptions? options = null, TimeSpan? attemptTimeout = null)
    {
        var simulator = await SkillSimulator.StartAsync(options ?? FastOptions, CancellationToken.None);
        var settings = SimulatedRelease.Settings(simulator);
        return new EngineHarness(simulator, settings) { AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(10) };
    }

    /// <summary>An engine whose clients stop the "process" once the <paramref name="budget"/> of writes is spent.</summary>
    public ReleaseEngine Engine(WriteBudget? budget = null, ReleaseSettings? settings = null)
    {
        var counter = budget ?? new WriteBudget(null);
        var services = SimulatedRelease.Services(
            Simulator,
            NullLogger.Instance,
            TimeProvider.System,
            ReleaseTuning.Simulator with { Retry = ReleaseTuning.Simulator.Retry with { AttemptTimeout = AttemptTimeout } },
            () => new CrashingTransport(counter),
            settings: settings ?? Settings);
        return new ReleaseEngine(services, NullLogger.Instance, TimeProvider.System);
    }

    public Task<Plan> RunAsync(ReleaseIntent intent, WriteBudget? budget = null) => Engine(budget).RunAsync(intent, dryRun: false, CancellationToken.None);

    /// <summary>Runs a task to its end, accepting the red run a failed certification makes.</summary>
    public async Task RunToEndAsync(ReleaseIntent intent, WriteBudget? budget = null)
    {
        try
        {
            await RunAsync(intent, budget);
        }
        catch (ReleaseFailedException)
        {
        }
    }

    /// <summary>The facts the invariants are about, as one comparable text.</summary>
    public async Task<string> SnapshotAsync()
    {
        var engine = Engine();
        var state = await engine.ObserveAsync(Skill.Locales, CancellationToken.None);
        var services = SimulatedRelease.Services(Simulator, NullLogger.Instance, TimeProvider.System);
        var certifications = await services.Smapi.Certifications.ListAsync(Settings.SkillId, CancellationToken.None);
        return string.Join('\n', new[]
        {
            $"latest {state.Latest.CodeSha256}",
            $"versions {string.Join(",", state.Versions.Select(v => $"{v.Version}={v.CodeSha256}"))}",
        }
        // A cut's time is the clock's when it started, so two runs of one scenario differ there and only there.
        .Concat(state.Aliases.Select(a => $"alias {a.Name} v{a.FunctionVersion} [{a.Description with { Cut = null }}{(a.Description.Cut is null ? "" : " cut")}] weights={a.AdditionalVersionWeights.Count} alexa={a.AlexaCanInvoke}"))
        .Concat([
            $"development {state.Development.EndpointUri} holds={state.Development.Holds(Skill)}",
            $"live {state.Live?.EndpointUri ?? "none"}",
            $"certifications {string.Join(",", certifications.Select(c => c.Status))}",
        ]));
    }

    /// <summary>The GitHub ledger as comparable text: a duplicated deployment, status, release or issue shows as an extra line.</summary>
    public string LedgerSnapshot() => Simulator.GitHub.Inspect(repository => string.Join('\n', repository.Deployments
            .OrderBy(d => d.Environment, StringComparer.Ordinal).ThenBy(d => d.Ref, StringComparer.Ordinal).ThenBy(d => d.Id)
            .Select(d => $"deployment {d.Environment} {d.Ref}: {string.Join(" → ", d.Statuses.Select(s => s.State))}")
        .Concat(repository.Releases.OrderBy(r => r.TagName, StringComparer.Ordinal).Select(r => $"release {r.TagName} \"{r.Name}\""))
        .Concat(repository.Issues.Select(i => $"issue \"{i.Title}\" {i.State}"))));

    /// <summary>The remote state and the ledger together: what the harsher suites compare.</summary>
    public async Task<string> FullSnapshotAsync() => await SnapshotAsync() + "\n" + LedgerSnapshot();

    public ValueTask DisposeAsync() => Simulator.DisposeAsync();

    /// <summary>A cut as a tag push makes it: now, on the clock that Amazon's submission times are compared with (a
    /// review submitted before a cut reviewed an earlier release).</summary>
    public static CutRelease Cut(string tag, CodePackage code) => new(ReleaseTag.Parse(tag), code, Skill, PublicationMethods.Auto, DateTimeOffset.UtcNow);
}
