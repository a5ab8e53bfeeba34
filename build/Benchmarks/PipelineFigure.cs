using SkillRelease.Simulator;

namespace Benchmarks;

/// <summary>One release task's client-side cost: wall-clock time and the remote calls it made, per operation.</summary>
public sealed record PipelineFigure(string Task, double Milliseconds, IReadOnlyDictionary<string, int> Calls)
{
    public int TotalCalls => Calls.Values.Sum();

    /// <summary>The calls made one after another (<see cref="SkillRelease.Simulator.Network.CallTimeline"/>); meaningful with simulator latency.</summary>
    public int CriticalPath { get; init; }

    /// <summary>Times <paramref name="run"/> and takes the calls it made from the simulator's counters and timeline.</summary>
    public static async Task<PipelineFigure> MeasureAsync(SkillSimulator simulator, string task, TimeProvider time, Func<Task> run)
    {
        var before = simulator.Faults.CallCounts;
        var mark = simulator.Timeline.Count;
        var started = time.GetTimestamp();
        await run();
        var elapsed = time.GetElapsedTime(started).TotalMilliseconds;
        return new PipelineFigure(task, elapsed, Difference(before, simulator.Faults.CallCounts)) { CriticalPath = simulator.Timeline.CriticalPathSince(mark) };
    }

    /// <summary>The calls one task made: the counters after it, less the counters before it.</summary>
    public static IReadOnlyDictionary<string, int> Difference(IReadOnlyDictionary<string, int> before, IReadOnlyDictionary<string, int> after) =>
        after
            // service:* keys are the simulator's per-service totals, not operations of their own.
            .Where(pair => !pair.Key.EndsWith(":*", StringComparison.Ordinal))
            .Select(pair => (pair.Key, Count: pair.Value - before.GetValueOrDefault(pair.Key)))
            .Where(pair => pair.Count > 0)
            .ToDictionary(pair => pair.Key, pair => pair.Count, StringComparer.Ordinal);
}
