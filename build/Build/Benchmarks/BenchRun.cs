using System.Globalization;
using BostonInfo.Skill;
using BostonInfo.Skill.Logging;
using SkillRelease.Simulator.RuntimeApi;

namespace Build.Benchmarks;

/// <summary>Every measurement of <c>bench</c>, section by section, each row judged against its goal.</summary>
public sealed class BenchRun(BenchSettings settings, TimeProvider time)
{
    public const string ColdStartSection = "Cold start (process start to first response at the Runtime API)";
    public const string WarmSection = "Warm handler latency (Function.Handle in process)";
    public const string ArtifactSection = "Artifacts";
    public const string BuildProgramSection = "Build program start-up";

    private static readonly (string Name, byte[] Request)[] ColdStartRequests =
    [
        ("LaunchRequest", BenchRequests.Launch()),
        ("AMAZON.HelpIntent", BenchRequests.Intent("AMAZON.HelpIntent")),
    ];

    private static readonly (string Name, byte[] Request)[] WarmRequests =
    [
        ("LaunchRequest", BenchRequests.Launch()),
        ("AMAZON.HelpIntent", BenchRequests.Intent("AMAZON.HelpIntent")),
        ("AMAZON.FallbackIntent", BenchRequests.Intent("AMAZON.FallbackIntent")),
        ("AMAZON.StopIntent", BenchRequests.Intent("AMAZON.StopIntent")),
    ];

    /// <summary>What the table does not show yet, and how the figures were taken.</summary>
    public static IReadOnlyList<string> Notes { get; } =
    [
        "Cold start: each start is a new process with only Lambda's environment, against a local Runtime API emulator (SkillRelease.Simulator/RuntimeApi); the event is queued before the process starts. Lambda adds its own sandbox and download time on top of this.",
        "The JIT row runs the same bootstrap project framework-dependent (`dotnet bootstrap.dll`): the same Runtime API loop and handler, compiled by the JIT instead of ahead of time.",
        "Pending: TrashDayIntent (cold start and warm, with loopback city services answering at once and after 200 ms) once the city intents are on main; pipeline overhead of deploy-latest and cut-release against the simulator next to the AWS CLI and ASK CLI.",
    ];

    public async Task<IReadOnlyList<BenchmarkRow>> ColdStartAsync(CancellationToken cancellationToken)
    {
        var benchmark = new ColdStartBenchmark(settings.ColdStarts, time);
        var aot = BootstrapLaunch.CustomRuntime(settings.AotTaskRoot);
        var jit = BootstrapLaunch.Dotnet(settings.JitTaskRoot, "bootstrap.dll", settings.DotnetHost);
        var rows = new List<BenchmarkRow>();
        foreach (var (name, request) in ColdStartRequests)
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

    public async Task<IReadOnlyList<BenchmarkRow>> WarmLatencyAsync(CancellationToken cancellationToken)
    {
        var benchmark = new WarmLatencyBenchmark(settings.WarmUpCalls, settings.WarmCalls, time);
        using var http = new SocketsHttpHandler();
        var function = new Function(new SkillSettings(AlexaSkillId: null), time, new JsonLinesSkillLog(TextWriter.Null), http);
        var rows = new List<BenchmarkRow>();
        foreach (var (name, request) in WarmRequests)
        {
            var sample = await benchmark.MeasureAsync(function, request, cancellationToken);
            var p99 = sample.Percentile(99);
            rows.Add(new BenchmarkRow(WarmSection, $"{name}, upstreams answer at once", sample.DescribePercentiles(), "p99 < 1 ms", p99 < 1));
        }

        return rows;
    }

    public IReadOnlyList<BenchmarkRow> Artifacts()
    {
        const long zipLimit = 50L * 1024 * 1024;
        const long unpackedLimit = 250L * 1024 * 1024;
        return settings.Packages
            .Select(package => PackageSize.Of(package.Key, package.Value))
            .Select(size => new BenchmarkRow(
                ArtifactSection,
                size.Name,
                string.Create(CultureInfo.InvariantCulture, $"zip {Megabytes(size.ZipBytes)}, unpacked {Megabytes(size.UnpackedBytes)}"),
                "≤ 50 MB zip, ≤ 250 MB unpacked (Lambda's limits)",
                size.ZipBytes <= zipLimit && size.UnpackedBytes <= unpackedLimit))
            .ToList();
    }

    /// <summary>A warm <c>./build.sh</c>: the program is already compiled, so this is the bootstrapper plus the host's start.</summary>
    public async Task<IReadOnlyList<BenchmarkRow>> BuildProgramAsync(CancellationToken cancellationToken)
    {
        string[] arguments = ["--description"];
        var buildScript = Path.Combine(settings.RepositoryRoot, "build.sh");
        var noEnvironment = new Dictionary<string, string>();
        await TimedCommand.RunAsync(buildScript, arguments, settings.RepositoryRoot, noEnvironment, time, cancellationToken);
        var milliseconds = new List<double>();
        for (var start = 0; start < settings.BuildProgramStarts; start++)
        {
            milliseconds.Add(await TimedCommand.RunAsync(buildScript, arguments, settings.RepositoryRoot, noEnvironment, time, cancellationToken));
        }

        var sample = new Sample(milliseconds);
        return [new BenchmarkRow(BuildProgramSection, "./build.sh --description, warm", sample.DescribeMedian(), "median < 1.5 s", sample.Median < 1500)];
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.00} MB");
}
