using System.Globalization;
using BostonInfo.Skill.CityData;
using BostonInfo.Skill.CityData.ArcGis;
using BostonInfo.Skill.Location;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Handlers;

/// <summary>
/// SnowParkingIntent: the snow emergency parking lot nearest in a straight line (no paid routing service), with
/// its distance, spaces, fee and notes. The lots are cached, and fetched while the place is being found.
/// </summary>
public sealed class SnowParkingHandler : PlaceHandler
{
    public const string NoLotsSpeech = "I couldn't find any snow emergency parking lots right now.";

    /// <summary>The lots change a few times a season.</summary>
    public static readonly TimeSpan LotsLifetime = TimeSpan.FromHours(6);

    private readonly CachedFetch<IReadOnlyList<SnowParkingLot>> _lots;

    public SnowParkingHandler(SkillServices services)
        : base(services)
    {
        var features = services.CityData.Features;
        _lots = new CachedFetch<IReadOnlyList<SnowParkingLot>>(LotsLifetime, features.GetSnowParkingLotsAsync, lots => lots.Count > 0, services.Time);
    }

    public override IReadOnlyCollection<string> IntentNames { get; } = ["SnowParkingIntent"];

    public override string CardTitle => "Snow Parking";

    public override string UnavailableSpeech =>
        "Sorry, I can't reach the city's list of snow emergency parking lots right now. Please try again in a little while.";

    protected override PlaceNeed Need => PlaceNeed.NearMe;

    public static string LotSpeech(SnowParkingLot lot, double miles)
    {
        ArgumentNullException.ThrowIfNull(lot);
        var parts = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"The nearest snow emergency parking is {lot.Name}, at {lot.Address}, about {miles:0.0} miles away in a straight line."),
        };
        if (lot.Spaces is { } spaces)
        {
            parts.Add($"It has {spaces} spaces.");
        }

        parts.Add(lot.Fee is null || lot.Fee.Equals("No Charge", StringComparison.OrdinalIgnoreCase)
            ? "There is no fee."
            : $"The fee is {lot.Fee.TrimEnd('.')}.");
        if (lot.Comments is { } comments)
        {
            parts.Add(comments.TrimEnd('.') + ".");
        }

        if (lot.Phone is { } phone)
        {
            parts.Add($"For more information, call {phone}.");
        }

        return string.Join(' ', parts);
    }

    // The lots do not depend on where the user is; the cache keeps the running fetch for AnswerForAsync.
    protected override void Prefetch(CancellationToken cancellationToken) => _lots.GetAsync(cancellationToken);

    protected override async Task<SkillResponse> AnswerForAsync(Place place, HandlerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        var lots = await _lots.GetAsync(cancellationToken).ConfigureAwait(false);
        var nearest = lots.Select(lot => (Lot: lot, Miles: lot.Point.MilesTo(place.Point))).OrderBy(pair => pair.Miles).FirstOrDefault();
        return nearest.Lot is null ? Final(NoLotsSpeech, input) : Final(LotSpeech(nearest.Lot, nearest.Miles), input);
    }
}
