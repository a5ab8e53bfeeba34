namespace Benchmarks;

/// <summary>One line of the benchmark table: what was measured, the figure, and the goal it is held to.</summary>
/// <param name="Section">The group it belongs to (cold start, warm latency, …).</param>
/// <param name="Measure">What was measured, e.g. "Native AOT, LaunchRequest".</param>
/// <param name="Figure">The result as printed, e.g. "median 48 ms (min 45, max 60, n=10)".</param>
/// <param name="Goal">The goal in words, or null when the row has none.</param>
/// <param name="GoalMet">Whether the figure meets the goal; null when there is no goal or it could not be judged.</param>
public sealed record BenchmarkRow(string Section, string Measure, string Figure, string? Goal = null, bool? GoalMet = null)
{
    /// <summary>"met", "MISSED", or empty: a missed goal must stand out in the table.</summary>
    public string Verdict => GoalMet switch
    {
        true => "met",
        false => "MISSED",
        null => string.Empty,
    };
}
