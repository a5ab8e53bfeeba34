using System.Globalization;
using BostonInfo.Skill.Fixtures;
using SkillRelease.Simulator.RuntimeApi;

namespace Benchmarks;

/// <summary>
/// Cold starts of the Native AOT bootstrap and of the same project under the JIT, for a LaunchRequest and for a
/// TrashDayIntent whose city services (loopback fixture servers) answer at once.
/// </summary>
public sealed class ColdStartSection(BenchSettings settings, TimeProvider time) : IBenchSection
{
    public string Title => "Cold start (process start to first response at the Runtime API)";

    public string Note =>
        "Cold start: each start is a new process with only Lambda's environment, against a local Runtime API emulator (SkillRelease.Simulator/RuntimeApi); the event is queued before the process starts, and the city services are the skill's fixture servers on 127.0.0.1. " +
        "The JIT rows run the same bootstrap project framework-dependent (`dotnet bootstrap.dll`): the same Runtime API loop and handler, compiled by the JIT instead of ahead of time. Lambda adds its own sandbox and download time to both.";

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(CancellationToken cancellationToken)
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
            rows.Add(new BenchmarkRow(Title, $"Native AOT bootstrap, {name}", aotSample.DescribeMedian()));
            rows.Add(new BenchmarkRow(Title, $"JIT bootstrap (dotnet bootstrap.dll), {name}", jitSample.DescribeMedian()));
            rows.Add(new BenchmarkRow(Title, $"AOT ÷ JIT median, {name}", ratio.ToString("0.00", CultureInfo.InvariantCulture), "≤ 0.25", ratio <= 0.25));
        }

        return rows;
    }
}
