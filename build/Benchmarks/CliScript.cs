using SkillRelease.Simulator;

namespace Benchmarks;

/// <summary>
/// Runs <c>aws lambda …</c> and <c>ask smapi …</c> against one simulator, each as its own process, with only the
/// simulator's settings (no config files, profiles, telemetry or update checks from this machine), adding up their time.
/// </summary>
internal sealed class CliScript(CliTools tools, SkillSimulator simulator, string home, TimeProvider time, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, string?> _environment = Environment(simulator, home);
    private double _milliseconds;

    public async Task<PipelineFigure> MeasureAsync(string task, Func<Task> sequence)
    {
        var before = simulator.Faults.CallCounts;
        var mark = simulator.Timeline.Count;
        _milliseconds = 0;
        await sequence();
        return new PipelineFigure(task, _milliseconds, PipelineFigure.Difference(before, simulator.Faults.CallCounts)) { CriticalPath = simulator.Timeline.CriticalPathSince(mark) };
    }

    public Task<string> AwsAsync(params string[] arguments) => RunAsync(tools.Aws, ["lambda", .. arguments]);

    public Task<string> AskAsync(params string[] arguments) => RunAsync(tools.Node, [tools.AskScript, "smapi", .. arguments]);

    private async Task<string> RunAsync(string fileName, string[] arguments)
    {
        var run = await TimedCommand.RunAsync(fileName, arguments, home, _environment, time, cancellationToken);
        _milliseconds += run.Milliseconds;
        return run.Output;
    }

    private static Dictionary<string, string?> Environment(SkillSimulator simulator, string home)
    {
        // A shell script of CLI calls keeps no ledger, so neither side of the comparison writes one.
        var environment = SimulatedRelease.Environment(simulator, withLedger: false);
        environment["HOME"] = home;
        environment["AWS_DEFAULT_REGION"] = simulator.Options.Region;
        environment["AWS_CONFIG_FILE"] = "/nonexistent";
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent";
        environment["AWS_EC2_METADATA_DISABLED"] = "true";
        environment["AWS_PAGER"] = string.Empty;
        environment["AWS_PROFILE"] = null;
        environment["ASK_SHARE_USAGE"] = "false";
        environment["ASK_SKIP_NEW_VERSION_REMINDER"] = "true";
        environment["ASK_DEFAULT_PROFILE"] = null;
        environment["ASK_ACCESS_TOKEN"] = null;
        return environment;
    }
}
