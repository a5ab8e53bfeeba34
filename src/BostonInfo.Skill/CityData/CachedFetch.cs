namespace BostonInfo.Skill.CityData;

/// <summary>
/// City data that changes rarely (the snow-parking lots, which 311 table is current), kept across warm
/// invocations for <see cref="Lifetime"/>. The running fetch itself is shared, so a request can start it early
/// and another can await the same one; a failed or unusable result is forgotten at once.
/// </summary>
public sealed class CachedFetch<T>
    where T : class
{
    private readonly Func<CancellationToken, Task<T>> _fetch;
    private readonly Func<T, bool> _isUsable;
    private readonly TimeProvider _time;

    // One reference, swapped whole, so a reader never sees the value of one fetch with the time of another.
    private Snapshot? _cached;

    public CachedFetch(TimeSpan lifetime, Func<CancellationToken, Task<T>> fetch, Func<T, bool> isUsable, TimeProvider time)
    {
        Lifetime = lifetime;
        _fetch = fetch ?? throw new ArgumentNullException(nameof(fetch));
        _isUsable = isUsable ?? throw new ArgumentNullException(nameof(isUsable));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public TimeSpan Lifetime { get; }

    /// <summary>The cached fetch while it is fresh (or still running), otherwise a new one.</summary>
    public Task<T> GetAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (Volatile.Read(ref _cached) is { } cached && now - cached.Fetched < Lifetime)
        {
            return cached.Value;
        }

        var snapshot = new Snapshot(_fetch(cancellationToken), now);
        Volatile.Write(ref _cached, snapshot);
        // This also observes the exception of a fetch that the request which started it never awaits
        // (e.g. when it asked the user for an address instead).
        _ = snapshot.Value.ContinueWith(
            fetch =>
            {
                if (!fetch.IsCompletedSuccessfully || !_isUsable(fetch.Result))
                {
                    Interlocked.CompareExchange(ref _cached, null, snapshot);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return snapshot.Value;
    }

    private sealed record Snapshot(Task<T> Value, DateTimeOffset Fetched);
}
