using System.Globalization;
using BostonInfo.Skill;
using BostonInfo.Skill.Fixtures;
using BostonInfo.Skill.Logging;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using SkillRelease.Release.Packages;
using SkillRelease.Simulator;
using SkillRelease.Simulator.RuntimeApi;

namespace Build.Benchmarks;

/// <summary>Every measurement of <c>bench</c>, section by section, each row judged against its goal.</summary>
public sealed class BenchRun(BenchSettings settings, TimeProvider time)
{
    public const string ColdStartSection = "Cold start (process start to first response at the Runtime API)";
    public const string WarmSection = "Warm handler latency (Function.Handle in process)";
    public const string SlowUpstreamSection = "Warm latency when every city service takes 200 ms";
    public const string ArtifactSection = "Artifacts";
    public const string BuildProgramSection = "Build program start-up";
    public const string PipelineSection = "Pipeline overhead (simulator with every delay zero)";

    /// <summary>What the table does not show yet, and how the figures were taken.</summary>
    public static IReadOnlyList<string> Notes { get; } =
    [
        "Cold start: each start is a new process with only Lambda's environment, against a local Runtime API emulator (SkillRelease.Simulator/RuntimeApi); the event is queued before the process starts. Lambda adds its own sandbox and download time on top of this.",
        "The JIT row runs the same bootstrap project framework-dependent (`dotnet bootstrap.dll`): the same Runtime API loop and handler, compiled by the JIT instead of ahead of time.",
        "City services: the skill's fixtures (BostonInfo.Skill.Fixtures). Cold starts reach them over HTTP on 127.0.0.1 (CityDataFixtureServer); warm rows answer them in memory (FixtureHttpHandler), so the figure is the skill's own work plus the fixtures' parsing of their recorded answers (GC pauses from that show in p99 on a busy machine), and the 200 ms rows delay each call in that handler. Intents that call no city service are left out of the 200 ms table.",
        "Pipeline overhead: the engine runs in this process against a fresh simulator each time, without the GitHub ledger (a script of CLI calls keeps none); \"first run\" is the first deploy-latest then cut-release in the process, so deploy-latest's figure includes loading and JIT-compiling the engine, as a CI job pays it. The CLI side runs the calls a shell script would make (aws lambda get-function, update-function-code, wait function-updated; ask smapi get/update-skill-manifest, set-interaction-model, get-skill-status; for cut-release publish-version, create-alias, add-permission, the manifest update, submit-skill-validation, get-skill-validations, submit-skill-for-certification), each status read once; the manifests its jq would write are prepared untimed.",
    ];

    /// <summary>LaunchRequest, and TrashDayIntent with the city services on loopback answering at once.</summary>
    public async Task<IReadOnlyList<BenchmarkRow>> ColdStartAsync(CancellationToken cancellationToken)
    {
        await using var cityData = await CityDataFixtureServer.StartAsync(0, cancellationToken);
        var benchmark = new ColdStartBenchmark(settings.ColdStarts, time);
        var variables = cityData.Endpoints.ToEnvironment();
        var aot = BootstrapLaunch.CustomRuntime(settings.AotTaskRoot) with { Variables = variables };
        var jit = BootstrapLaunch.Dotnet(settings.JitTaskRoot, "bootstrap.dll", settings.DotnetHost) with { Variables = variables };
        var rows = new List<BenchmarkRow>();
        foreach (var (name, request) in new[] { BenchIntents.Launch, BenchIntents.TrashDay })
        {
            var aotSample = await benchmark.MeasureAsync(aot, request, cancellationToken);
            var jitSample = await benchmark.MeasureAsync(jit, request, cancellationToken);
            var ratio = aotSample.Median / jitSample.Median;
            rows.Add(new BenchmarkRow(ColdStartSection, $"Native AOT bootstrap, {name}", aotSample.DescribeMedian()));
            rows.Add(new BenchmarkRow(ColdStartSection, $"JIT bootstrap (dotnet bootstrap.dll), {name}", jitSample.DescribeMedian()));
            rows.Add(new BenchmarkRow(
                ColdStartSection,
                $"AOT ÷ JIT median, {name}",
                ratio.ToString("0.00", CultureInfo.InvariantCulture),
                "≤ 0.25",
                ratio <= 0.25));
        }

        return rows;
    }

    /// <summary>
    /// Every intent against the fixture city services in memory answering at once (the handler's own overhead: no
    /// socket, no server sharing the CPU), then again with every upstream call taking 200 ms: an intent whose latency
    /// stays near 200 ms while it makes several calls runs them side by side.
    /// </summary>
    public async Task<IReadOnlyList<BenchmarkRow>> WarmLatencyAsync(CancellationToken cancellationToken)
    {
        var rows = new List<BenchmarkRow>();
        foreach (var (name, request) in BenchIntents.All)
        {
            var (fast, _) = await MeasureWarmAsync(request, TimeSpan.Zero, settings.WarmCalls, cancellationToken);
            rows.Add(new BenchmarkRow(WarmSection, $"{name}, upstreams answer at once", fast.DescribePercentiles(), "p99 < 1 ms", fast.Percentile(99) < 1));
        }

        foreach (var (name, request) in BenchIntents.All)
        {
            var (slow, callsPerRequest) = await MeasureWarmAsync(request, settings.SlowUpstreamDelay, settings.SlowUpstreamCalls, cancellationToken);
            if (callsPerRequest > 0)
            {
                rows.Add(new BenchmarkRow(
                    SlowUpstreamSection,
                    name,
                    string.Create(CultureInfo.InvariantCulture, $"{slow.DescribePercentiles()}; {callsPerRequest:0.#} upstream calls per request ({callsPerRequest * settings.SlowUpstreamDelay.TotalMilliseconds:0} ms if one after another)")));
            }
        }

        return rows;
    }

    private async Task<(Sample Sample, double CallsPerRequest)> MeasureWarmAsync(byte[] request, TimeSpan upstreamDelay, int calls, CancellationToken cancellationToken)
    {
        using var upstreams = new SlowUpstreamHandler(upstreamDelay, time, new FixtureHttpHandler());
        var cityData = FixtureEndpoints.For(FixtureHttpHandler.Root);
        var function = new Function(new SkillSettings(AlexaSkillId: null) { CityData = cityData }, time, new JsonLinesSkillLog(TextWriter.Null), upstreams);
        var answer = await function.RespondAsync(new MemoryStream(request, writable: false), cancellationToken);
        if (answer.Response?.OutputSpeech is PlainTextOutputSpeech { Text: FixedResponses.ApologySpeech })
        {
            throw new InvalidOperationException("The skill apologised instead of answering: the benchmark would time its failure path. Request: " + System.Text.Encoding.UTF8.GetString(request));
        }

        // With slow upstreams the JIT's warm-up cost is lost in the delay; one call (above) is enough.
        var warmUps = upstreamDelay > TimeSpan.Zero ? 0 : settings.WarmUpCalls;
        var sample = await new WarmLatencyBenchmark(warmUps, calls, time).MeasureAsync(function, request, cancellationToken);
        return (sample, upstreams.Calls / (double)(warmUps + calls + 1));
    }

    public IReadOnlyList<BenchmarkRow> Artifacts()
    {
        const long zipLimit = 50L * 1024 * 1024;
        const long unpackedLimit = 250L * 1024 * 1024;
        return new[] { PackageSize.Of("provided.al2023 (Native AOT bootstrap)", settings.AotZip), PackageSize.Of("dotnet10 (managed)", settings.ManagedZip) }
            .Select(size => new BenchmarkRow(
                ArtifactSection,
                size.Name,
                string.Create(CultureInfo.InvariantCulture, $"zip {Megabytes(size.ZipBytes)}, unpacked {Megabytes(size.UnpackedBytes)}"),
                "≤ 50 MB zip, ≤ 250 MB unpacked (Lambda's limits)",
                size.ZipBytes <= zipLimit && size.UnpackedBytes <= unpackedLimit))
            .ToList();
    }

    /// <summary>
    /// A warm <c>./build.sh --target status --dryrun</c> against a simulator: the program is already compiled, so this
    /// is the bootstrapper, the host's start, reading the settings and observing the remote state.
    /// </summary>
    public async Task<IReadOnlyList<BenchmarkRow>> BuildProgramAsync(CancellationToken cancellationToken)
    {
        await using var simulator = await SkillSimulator.StartAsync(PipelineSimulator.Options, cancellationToken);
        string[] arguments = ["--target", "status", "--dryrun"];
        var buildScript = Path.Combine(settings.RepositoryRoot, "build.sh");
        var environment = simulator.ClientEnvironment.ToDictionary(pair => pair.Key, pair => (string?)pair.Value, StringComparer.Ordinal);
        await TimedCommand.RunAsync(buildScript, arguments, settings.RepositoryRoot, environment, time, cancellationToken);
        var milliseconds = new List<double>();
        for (var start = 0; start < settings.BuildProgramStarts; start++)
        {
            milliseconds.Add((await TimedCommand.RunAsync(buildScript, arguments, settings.RepositoryRoot, environment, time, cancellationToken)).Milliseconds);
        }

        var sample = new Sample(milliseconds);
        return [new BenchmarkRow(BuildProgramSection, "./build.sh --target status --dryrun against the simulator, warm", sample.DescribeMedian(), "median < 1.5 s", sample.Median < 1500)];
    }

    /// <summary>
    /// deploy-latest and cut-release by the engine (the first run in this process, as CI pays it, and warm) next to
    /// the same calls made by the AWS CLI and the ASK CLI.
    /// </summary>
    public async Task<IReadOnlyList<BenchmarkRow>> PipelineAsync(CliTools? tools, CancellationToken cancellationToken)
    {
        var skill = SkillPackage.Load(Path.Combine(settings.RepositoryRoot, "skill-package"));
        var zip = settings.ManagedZip;
        var code = CodePackage.FromZip(await File.ReadAllBytesAsync(zip, cancellationToken), "bench");
        var engine = new EnginePipeline(time);
        var first = await engine.MeasureAsync(skill, code, cancellationToken);
        var warm = new List<IReadOnlyList<PipelineFigure>>();
        for (var run = 0; run < settings.WarmPipelineRuns; run++)
        {
            warm.Add(await engine.MeasureAsync(skill, code, cancellationToken));
        }

        var cli = tools is null ? null : await new CliPipeline(tools, time).MeasureAsync(zip, Path.Combine(settings.RepositoryRoot, "skill-package"), cancellationToken);
        var rows = new List<BenchmarkRow>();
        for (var task = 0; task < first.Count; task++)
        {
            var name = first[task].Task;
            var warmSample = new Sample(warm.Select(figures => figures[task].Milliseconds));
            rows.Add(new BenchmarkRow(PipelineSection, $"{name}: release engine, first run", Describe(first[task])));
            rows.Add(new BenchmarkRow(PipelineSection, $"{name}: release engine, warm", $"{warmSample.DescribeMedian()}, {first[task].TotalCalls} remote calls"));
            if (cli is null)
            {
                rows.Add(new BenchmarkRow(PipelineSection, $"{name}: AWS CLI + ASK CLI", "not measured: aws, node or npm is not on the PATH", "≥ 10× the engine's first run"));
                continue;
            }

            var ratio = cli[task].Milliseconds / first[task].Milliseconds;
            rows.Add(new BenchmarkRow(PipelineSection, $"{name}: AWS CLI + ASK CLI, one process per call", Describe(cli[task])));
            rows.Add(new BenchmarkRow(
                PipelineSection,
                $"{name}: CLI time ÷ engine first-run time",
                string.Create(CultureInfo.InvariantCulture, $"{ratio:0.0}×"),
                "≥ 10×",
                ratio >= 10));
        }

        return rows;
    }

    private static string Describe(PipelineFigure figure) =>
        string.Create(CultureInfo.InvariantCulture, $"{figure.Milliseconds:0} ms, {figure.TotalCalls} remote calls ({string.Join(", ", figure.Calls.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value == 1 ? pair.Key : $"{pair.Key}×{pair.Value}"))})");

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.00} MB");
}
