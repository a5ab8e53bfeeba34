using System.Reflection;
using Benchmarks;
using TestSupport.Conventions;

namespace Build.Tests.Conventions;

/// <summary>The style guide's rules (<see cref="StyleConventionTests"/>) over the bench's project, with its exemptions.</summary>
public sealed class BenchmarksConventionTests : StyleConventionTests
{
    protected override Assembly Subject { get; } = typeof(BenchmarkReport).Assembly;

    protected override string SourceFolder => "build/Benchmarks";

    private const string ClosureHoldsToken = "the measured run is a closure that already holds the bench's token";
    private const string ScriptHoldsToken = "a CLI script holds the bench's token from its constructor; params arguments leave no place for one last";

    protected override IReadOnlyDictionary<string, string> AsyncExemptions { get; } = new Dictionary<string, string>
    {
        ["Benchmarks.CliScript.AskAsync"] = ScriptHoldsToken,
        ["Benchmarks.CliScript.AwsAsync"] = ScriptHoldsToken,
        ["Benchmarks.CliScript.MeasureAsync"] = ClosureHoldsToken,
        ["Benchmarks.CliScript.RunAsync"] = ScriptHoldsToken,
        ["Benchmarks.PipelineFigure.MeasureAsync"] = ClosureHoldsToken,
        ["Benchmarks.WarmLatencyBenchmark.CallAsync"] = "the skill's Lambda handler, Function.Handle, takes no token",
    };
}
