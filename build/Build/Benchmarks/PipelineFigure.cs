namespace Build.Benchmarks;

/// <summary>One release task's client-side cost: wall-clock time and the remote calls it made, per operation.</summary>
public sealed record PipelineFigure(string Task, double Milliseconds, IReadOnlyDictionary<string, int> Calls)
{
    public int TotalCalls => Calls.Values.Sum();

    /// <summary>The calls one task made: the counters after it, less the counters before it.</summary>
    public static IReadOnlyDictionary<string, int> Difference(IReadOnlyDictionary<string, int> before, IReadOnlyDictionary<string, int> after) =>
        after
            // service:* keys are the simulator's per-service totals, not operations of their own.
            .Where(pair => !pair.Key.EndsWith(":*", StringComparison.Ordinal))
            .Select(pair => (pair.Key, Count: pair.Value - before.GetValueOrDefault(pair.Key)))
            .Where(pair => pair.Count > 0)
            .ToDictionary(pair => pair.Key, pair => pair.Count, StringComparer.Ordinal);
}
