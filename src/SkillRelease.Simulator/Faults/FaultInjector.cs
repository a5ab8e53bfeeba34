using System.Collections.Concurrent;

namespace SkillRelease.Simulator.Faults;

/// <summary>
/// The one cross-cutting switchboard for failures: "fail the Nth call of an operation with this fault". Also
/// counts every call per operation, so tests can assert how many remote calls a task made.
/// Operation keys are <c>service:Name</c>, e.g. <c>lambda:PublishVersion</c>, <c>smapi:SetInteractionModel</c>;
/// <c>*</c> as the name matches every operation of the service.
/// </summary>
public sealed class FaultInjector
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Operation, int Call), Fault> _planned = new();
    private readonly ConcurrentDictionary<string, byte> _writes = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    /// <summary>Fails call number <paramref name="nth"/> (1-based, counted from now on) of <paramref name="operation"/>.</summary>
    public void FailCall(string operation, int nth, Fault fault)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operation);
        ArgumentOutOfRangeException.ThrowIfLessThan(nth, 1);
        lock (_gate)
        {
            _planned[(operation, CallsSoFar(operation) + nth)] = fault;
        }
    }

    /// <summary>Removes every planned fault (counters keep counting).</summary>
    public void Clear() => _planned.Clear();

    /// <summary>How many calls of <paramref name="operation"/> (a key or <c>service:*</c>) arrived so far.</summary>
    public int Calls(string operation) => CallsSoFar(operation);

    /// <summary>Every call counted so far, per operation key.</summary>
    public IReadOnlyDictionary<string, int> CallCounts => new Dictionary<string, int>(_calls);

    /// <summary>The keys of the operations called so far that change state (what the lost-answer tests fault, one by one).</summary>
    public IReadOnlyCollection<string> WriteOperations => [.. _writes.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Counts the call and returns the fault planned for it, if any.</summary>
    internal Fault? OnCall(SimulatedOperation operation)
    {
        lock (_gate)
        {
            var count = _calls.AddOrUpdate(operation.Key, 1, (_, n) => n + 1);
            if (operation.IsWrite)
            {
                _writes.TryAdd(operation.Key, 0);
            }

            var serviceWide = _calls.AddOrUpdate(operation.Service + ":*", 1, (_, n) => n + 1);
            if (_planned.TryRemove((operation.Key, count), out var fault) || _planned.TryRemove((operation.Service + ":*", serviceWide), out fault))
            {
                return fault;
            }

            return null;
        }
    }

    private int CallsSoFar(string operation) => _calls.TryGetValue(operation, out var n) ? n : 0;
}
