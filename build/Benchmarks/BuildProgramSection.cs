using SkillRelease.Simulator;

namespace Benchmarks;

/// <summary>
/// A warm <c>./build.sh --target status --dryrun</c> against a simulator: the program is already compiled, so this is
/// the bootstrapper, the host's start, reading the settings and observing the remote state.
/// </summary>
public sealed class BuildProgramSection(BenchSettings settings, TimeProvider time) : IBenchSection
{
    public string Title => "Build program start-up";

    public string Note => "Build program: one untimed start first, so that the program is compiled and its files are in the page cache.";

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(CancellationToken cancellationToken)
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
        return [new BenchmarkRow(Title, "./build.sh --target status --dryrun against the simulator, warm", sample.DescribeMedian(), "median < 1.5 s", sample.Median < 1500)];
    }
}
