namespace BostonInfo.Skill.Caching;

/// <summary>
/// Answers of a city service kept in memory across warm invocations, per key: each for <see cref="Lifetime"/>, and
/// at most <see cref="Capacity"/> keys, the least recently used forgotten first (a warm container lives for hours
/// and must not grow without bound). What is kept is the running fetch, so a request can start one early and a
/// later step of the same request awaits it, and two requests for one key make one upstream call. A fetch that
/// fails, or whose answer is not worth keeping, is forgotten as soon as it ends, so an outage is never remembered.
/// </summary>
/// <remarks>
/// The keys and values can be personal data (addresses): they stay in this process's memory and are never logged.
/// </remarks>
public sealed class ExpiringCache<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<TKey, CancellationToken, Task<TValue>> _fetch;
    private readonly Func<TValue, bool> _isWorthKeeping;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, LinkedListNode<Entry>> _entries;

    // Most recently used first; the last node is the first to go when the cache is full.
    private readonly LinkedList<Entry> _recency = new();

    /// <param name="capacity">The most keys kept at once.</param>
    /// <param name="lifetime">How long an answer is used before it is fetched again.</param>
    /// <param name="fetch">Asks the city service for one key.</param>
    /// <param name="isWorthKeeping">False for an answer that must not be reused (e.g. an empty list).</param>
    /// <param name="time">The clock that decides when an answer is too old.</param>
    /// <param name="comparer">How keys compare (e.g. ignoring case); the default comparer when null.</param>
    public ExpiringCache(
        int capacity,
        TimeSpan lifetime,
        Func<TKey, CancellationToken, Task<TValue>> fetch,
        Func<TValue, bool> isWorthKeeping,
        TimeProvider time,
        IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        Capacity = capacity;
        Lifetime = lifetime;
        _fetch = fetch ?? throw new ArgumentNullException(nameof(fetch));
        _isWorthKeeping = isWorthKeeping ?? throw new ArgumentNullException(nameof(isWorthKeeping));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _entries = new Dictionary<TKey, LinkedListNode<Entry>>(comparer);
    }

    public int Capacity { get; }

    public TimeSpan Lifetime { get; }

    /// <summary>How many keys are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The kept answer for <paramref name="key"/> while it is fresh (or still being fetched), otherwise a new fetch.</summary>
    public Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        LinkedListNode<Entry> node;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_entries.TryGetValue(key, out var kept))
            {
                _recency.Remove(kept);
                if (now - kept.Value.Fetched < Lifetime)
                {
                    _recency.AddFirst(kept);
                    return kept.Value.Value;
                }

                _entries.Remove(key);
            }

            // Started under the lock so that a second caller for the same key finds this fetch; the fetch
            // only starts an HTTP call before its first await.
            node = _recency.AddFirst(new Entry(key, _fetch(key, cancellationToken), now));
            _entries[key] = node;
            if (_entries.Count > Capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }
        }

        // Also observes the exception of a fetch that nobody awaits (one started early for a question the
        // request ended up not answering).
        _ = node.Value.Value.ContinueWith(
            fetch =>
            {
                if (!fetch.IsCompletedSuccessfully || !_isWorthKeeping(fetch.Result))
                {
                    Forget(node);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return node.Value.Value;
    }

    private void Forget(LinkedListNode<Entry> node)
    {
        lock (_gate)
        {
            // Only this fetch's own entry: a newer fetch for the same key may have replaced it meanwhile.
            if (_entries.TryGetValue(node.Value.Key, out var current) && ReferenceEquals(current, node))
            {
                _entries.Remove(node.Value.Key);
                _recency.Remove(node);
            }
        }
    }

    private sealed record Entry(TKey Key, Task<TValue> Value, DateTimeOffset Fetched);
}
