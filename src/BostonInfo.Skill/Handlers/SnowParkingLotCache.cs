using BostonInfo.Skill.CityData.ArcGis;

namespace BostonInfo.Skill.Handlers;

/// <summary>
/// The snow emergency parking lots, kept for a few hours across warm invocations: the list changes a few
/// times a season, and fetching it on every request would spend the answer's time budget for nothing.
/// </summary>
public sealed class SnowParkingLotCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(6);

    private readonly FeatureServiceClient _features;
    private readonly TimeProvider _time;
    // One reference, swapped whole, so a reader never sees the lots of one fetch with the time of another.
    private volatile Snapshot? _cached;

    public SnowParkingLotCache(FeatureServiceClient features, TimeProvider time)
    {
        _features = features ?? throw new ArgumentNullException(nameof(features));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public async Task<IReadOnlyList<SnowParkingLot>> GetAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_cached is { } cached && now - cached.Fetched < Lifetime)
        {
            return cached.Lots;
        }

        var lots = await _features.GetSnowParkingLotsAsync(cancellationToken).ConfigureAwait(false);
        if (lots.Count > 0)
        {
            _cached = new Snapshot(lots, now);
        }

        return lots;
    }

    private sealed record Snapshot(IReadOnlyList<SnowParkingLot> Lots, DateTimeOffset Fetched);
}
