namespace Benchmarks;

/// <summary>What the benchmark measures (the published packages) and how many times.</summary>
/// <param name="RepositoryRoot">The checkout, for starting <c>./build.sh</c>.</param>
/// <param name="AotTaskRoot">The unpacked Native AOT package (a <c>bootstrap</c> executable).</param>
/// <param name="JitTaskRoot">The same bootstrap project published framework-dependent (<c>bootstrap.dll</c>, JIT).</param>
/// <param name="AotZip">The <c>provided.al2023</c> package.</param>
/// <param name="ManagedZip">The <c>dotnet10</c> package (the one the pipeline uploads by default).</param>
/// <param name="DotnetHost">The <c>dotnet</c> executable that starts the JIT bootstrap.</param>
public sealed record BenchSettings(
    string RepositoryRoot,
    string AotTaskRoot,
    string JitTaskRoot,
    string AotZip,
    string ManagedZip,
    string DotnetHost)
{
    public int ColdStarts { get; init; } = 10;

    public int WarmUpCalls { get; init; } = 200;

    public int WarmCalls { get; init; } = 2000;

    /// <summary>Calls per intent when every upstream takes <see cref="SlowUpstreamDelay"/>: each costs that much.</summary>
    public int SlowUpstreamCalls { get; init; } = 10;

    public TimeSpan SlowUpstreamDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public int BuildProgramStarts { get; init; } = 5;

    /// <summary>Certification polls, each from a fresh clone.</summary>
    public int PollRuns { get; init; } = 3;

    /// <summary>Warm repetitions of the engine's deploy-latest and cut-release, after the first (cold) one.</summary>
    public int WarmPipelineRuns { get; init; } = 5;
}
