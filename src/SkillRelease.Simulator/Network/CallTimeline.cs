namespace SkillRelease.Simulator.Network;

/// <summary>
/// When each call arrived and when its answer left, so a test or the benchmark can tell how many calls a task made one
/// after another (its critical path) from how many it made in all (<see cref="Faults.FaultInjector.CallCounts"/>).
/// The critical path is the longest chain of calls each of which arrived after the previous one had been answered: a
/// client that awaits an answer before its next call forms such a chain, while calls it has in flight together overlap
/// and count once. Read it with <see cref="SimulatorOptions.Latency"/> well above the client's own work between calls
/// (100 ms in <c>bench</c>): with answers in microseconds, calls started together may not overlap at all.
/// </summary>
public sealed class CallTimeline
{
    private readonly List<(long Arrived, long Answered)> _calls = [];
    private readonly object _gate = new();

    /// <summary>How many calls were answered so far: pass it to <see cref="CriticalPathSince"/> to measure what follows.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _calls.Count;
            }
        }
    }

    /// <summary>The number of calls on the longest chain among the calls answered after the first <paramref name="mark"/>.</summary>
    public int CriticalPathSince(int mark)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(mark);
        List<(long Arrived, long Answered)> calls;
        lock (_gate)
        {
            calls = _calls.Skip(mark).ToList();
        }

        // Earliest answer first: the greedy choice gives the most calls that do not overlap, which is the longest chain.
        var chain = 0;
        var previousAnswer = long.MinValue;
        foreach (var (arrived, answered) in calls.OrderBy(call => call.Answered))
        {
            if (arrived >= previousAnswer)
            {
                chain++;
                previousAnswer = answered;
            }
        }

        return chain;
    }

    internal void Record(long arrived, long answered)
    {
        lock (_gate)
        {
            _calls.Add((arrived, answered));
        }
    }
}
