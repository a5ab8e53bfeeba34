using BostonInfo.Skill.CityData.ArcGis;

namespace BostonInfo.Skill.Handlers;

/// <summary>
/// The snow emergency parking lots, kept for a few hours across warm invocations: the list changes a few
/// times a season, and fetching it on every request would spend the answer's time budget for nothing. The
/// fetch itself is shared, so a request can start it before it knows where the user is.
/// </summary>
public sealed class SnowParkingLotCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(6);

    private readonly FeatureServiceClient _features;
    private readonly TimeProvider _time;

    // One reference, swapped whole, so a reader never sees the lots of one fetch with the time of another.
    private Snapshot? _cached;

    public SnowParkingLotCache(FeatureServiceClient features, TimeProvider time)
    {
        _features = features ?? throw new ArgumentNullException(nameof(features));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>The lots: the cached fetch while it is fresh (or still running), otherwise a new one.</summary>
    public Task<IReadOnlyList<SnowParkingLot>> GetAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (Volatile.Read(ref _cached) is { } cached && now - cached.Fetched < Lifetime)
        {
            return cached.Lots;
        }

        var snapshot = new Snapshot(_features.GetSnowParkingLotsAsync(cancellationToken), now);
        Volatile.Write(ref _cached, snapshot);
        // A failed or empty fetch must not be served for hours: forget it. (This also observes its exception,
        // which the request that started it may never await, e.g. when it asked the user for an address.)
        _ = snapshot.Lots.ContinueWith(
            fetch =>
            {
                if (!fetch.IsCompletedSuccessfully || fetch.Result.Count == 0)
                {
                    Interlocked.CompareExchange(ref _cached, null, snapshot);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return snapshot.Lots;
    }

    private sealed record Snapshot(Task<IReadOnlyList<SnowParkingLot>> Lots, DateTimeOffset Fetched);
}
