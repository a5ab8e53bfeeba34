namespace Benchmarks;

/// <summary>Every section of <c>bench</c>, in the order the report shows them.</summary>
public static class BenchSections
{
    /// <param name="cliTools">The AWS and ASK CLIs, or null when they are missing (the pipeline comparison then says so).</param>
    public static IReadOnlyList<IBenchSection> Create(BenchSettings settings, CliTools? cliTools, TimeProvider time) =>
    [
        new ColdStartSection(settings, time),
        new WarmLatencySection(settings, time),
        new SlowUpstreamSection(settings, time),
        new ArtifactSection(settings),
        new PipelineSection(settings, cliTools, time),
        new CriticalPathSection(settings, cliTools, time),
        new BuildProgramSection(settings, time),
        new CertificationPollSection(settings, time),
    ];
}
