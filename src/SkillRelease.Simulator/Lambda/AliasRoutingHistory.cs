namespace SkillRelease.Simulator.Lambda;

/// <summary>
/// Every alias write with its time: which version each alias routed to, and with what weights, from when. The
/// simulated CloudWatch derives the traffic a weighted alias received from it.
/// </summary>
public sealed class AliasRoutingHistory
{
    private readonly object _gate = new();
    private readonly List<AliasRouting> _entries = [];

    /// <summary>One alias from <see cref="At"/> on; a deleted alias has no primary version.</summary>
    public sealed record AliasRouting(DateTimeOffset At, string Alias, string? FunctionVersion, IReadOnlyDictionary<string, double> AdditionalVersionWeights);

    internal void Record(DateTimeOffset at, string alias, string? functionVersion, IReadOnlyDictionary<string, double>? weights)
    {
        lock (_gate)
        {
            _entries.Add(new AliasRouting(at, alias, functionVersion, weights ?? new Dictionary<string, double>()));
        }
    }

    /// <summary>The routings of <paramref name="alias"/> in time order, each with the time it ended (or null: still current).</summary>
    public IReadOnlyList<(AliasRouting Routing, DateTimeOffset? Until)> Of(string alias)
    {
        lock (_gate)
        {
            var mine = _entries.Where(e => e.Alias == alias).ToList();
            return mine.Select((e, i) => (e, i + 1 < mine.Count ? mine[i + 1].At : (DateTimeOffset?)null)).ToList();
        }
    }
}
