using System.Globalization;
using BostonInfo.Skill.CityData;
using BostonInfo.Skill.CityData.ArcGis;
using BostonInfo.Skill.Location;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Handlers;

/// <summary>
/// VotingIntent: the polling place of the precinct a street address is in. Needs a building's address, not a
/// position, a street or a ZIP code (their centre can lie in another precinct). The polling places are one small
/// layer, fetched while the address is being geocoded and kept, so an answer costs two round trips (geocoder and
/// polling places, then the precinct) and a repeat one (the precinct).
/// </summary>
public sealed class VotingHandler : PlaceHandler
{
    public const string NoPrecinctSpeech =
        "I couldn't find the voting precinct for that address. You can look up your polling place on boston.gov, under elections.";

    /// <summary>Polling places change between elections, not within a day.</summary>
    public static readonly TimeSpan PollingPlacesLifetime = TimeSpan.FromHours(6);

    private readonly FeatureServiceClient _features;
    private readonly CachedFetch<IReadOnlyList<PrecinctPollingPlace>> _pollingPlaces;

    public VotingHandler(SkillServices services)
        : base(services)
    {
        _features = services.CityData.Features;
        _pollingPlaces = new CachedFetch<IReadOnlyList<PrecinctPollingPlace>>(
            PollingPlacesLifetime, _features.GetPollingPlacesAsync, places => places.Count > 0, services.Time);
    }

    public override IReadOnlyCollection<string> IntentNames { get; } = ["VotingIntent"];

    public override string CardTitle => "Where to Vote";

    public override string UnavailableSpeech =>
        "Sorry, I can't reach the city's polling place list right now. Please try again in a little while.";

    // Where someone is standing says nothing about where they are registered.
    protected override PlaceNeed Need => PlaceNeed.StreetAddress;

    public static string PollingPlaceSpeech(PollingPlace place, int ward, int precinct)
    {
        ArgumentNullException.ThrowIfNull(place);
        return $"Your polling place is {place.Name}, at {place.Address}. That address votes in ward {ward}, precinct {precinct}.";
    }

    // The polling places do not depend on the address; the cache keeps the running fetch for AnswerForAsync.
    protected override void Prefetch(CancellationToken cancellationToken) => _pollingPlaces.GetAsync(cancellationToken);

    protected override async Task<SkillResponse> AnswerForAsync(Place place, HandlerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        var wardPrecinct = await _features.GetWardPrecinctAsync(place.Point, cancellationToken).ConfigureAwait(false);
        if (wardPrecinct is null)
        {
            return Final(NoPrecinctSpeech, input);
        }

        // "1008" is ward 10, precinct 08.
        var ward = int.Parse(wardPrecinct[..2], CultureInfo.InvariantCulture);
        var precinct = int.Parse(wardPrecinct[2..], CultureInfo.InvariantCulture);
        var pollingPlaces = await _pollingPlaces.GetAsync(cancellationToken).ConfigureAwait(false);
        var pollingPlace = pollingPlaces.FirstOrDefault(row => row.Ward == ward && row.Precinct == precinct)?.Place;
        return pollingPlace is null ? Final(NoPrecinctSpeech, input) : Final(PollingPlaceSpeech(pollingPlace, ward, precinct), input);
    }
}
