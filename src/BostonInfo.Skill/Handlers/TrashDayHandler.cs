using System.Globalization;
using BostonInfo.Skill.Caching;
using BostonInfo.Skill.CityData.Http;
using BostonInfo.Skill.CityData.ReCollect;
using BostonInfo.Skill.Location;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Routing;
using BostonInfo.Skill.Speech;

namespace BostonInfo.Skill.Handlers;

/// <summary>
/// TrashDayIntent: the trash and recycling pickup days of a Boston street address, from ReCollect. Only for the
/// building said (<see cref="TrashPlaces"/>); when ReCollect knows that address in several places, it asks which.
/// ReCollect's search starts with the address as said, side by side with the geocoder, and its answers are kept in
/// memory, so a first answer costs two round trips (geocoder and search, then the schedule) and a repeat one.
/// </summary>
public sealed class TrashDayHandler : PlaceHandler
{
    /// <summary>How long ReCollect's places for an address are reused: a building's place changes rarely.</summary>
    public static readonly TimeSpan PlacesLifetime = TimeSpan.FromHours(24);

    /// <summary>How many addresses' places a warm function keeps.</summary>
    public const int PlacesCapacity = 1000;

    public const string NeighborhoodRepromptSpeech = "Which neighborhood is the address in?";

    private readonly ReCollectClient _reCollect;
    private readonly ExpiringCache<string, List<ReCollectSuggestion>> _places;

    public TrashDayHandler(SkillServices services)
        : base(services)
    {
        _reCollect = services.CityData.ReCollect;
        // Keyed by number and street in one written form, so "Avenue" said and "Ave" geocoded share an entry.
        _places = new ExpiringCache<string, List<ReCollectSuggestion>>(
            PlacesCapacity, PlacesLifetime, SearchAsync, places => places.Count > 0, services.Time, StringComparer.Ordinal);
    }

    public override IReadOnlyCollection<string> IntentNames { get; } = ["TrashDayIntent"];

    public override string CardTitle => "Trash Day";

    public override string UnavailableSpeech =>
        "Sorry, I can't reach the city's trash and recycling schedule right now. Please try again in a little while.";

    // A trash schedule belongs to a building: a house number is needed, and a mobile device's position is not one.
    protected override PlaceNeed Need => PlaceNeed.StreetAddress;

    public static string PickupSpeech(string street, IReadOnlyList<DayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return $"Trash and recycling at {street} are picked up on {SpokenList.Join(days.Select(day => day.ToString()).ToList())}.";
    }

    public static string NotInScheduleSpeech(string street) =>
        $"I couldn't find {street} in the city's trash schedule. Please tell me the street address again, with the number and the street.";

    public static string WhichOneSpeech(string street, IReadOnlyList<string> places) =>
        $"The trash schedule has {street} in more than one place: {SpokenList.Join(places, "or")}. Which one is yours?";

    // Most people say the street as the city writes it, so this search is usually the one the answer needs.
    protected override void AddressKnown(string address, CancellationToken cancellationToken) =>
        _places.GetAsync(StreetLine.Key(address), cancellationToken);

    protected override async Task<SkillResponse> AnswerForAsync(Place place, HandlerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(input);
        // PlaceNeed.StreetAddress: the geocoder matched a house number on a street.
        var street = place.StreetAddress!;
        var attributes = input.SessionAttributes;
        var candidates = TrashPlaces.Recall(attributes, street)
            ?? TrashPlaces.Matching(await _places.GetAsync(StreetLine.Key(street), cancellationToken).ConfigureAwait(false), street);
        if (candidates.Count == 0)
        {
            TrashPlaces.Forget(attributes);
            return LocationReplies.AskAgain(NotInScheduleSpeech(street), attributes, CardTitle);
        }

        var neighborhood = input.Intent?.SlotValue(SlotNames.Neighborhood);
        var zipCode = input.Intent?.SlotValue(SlotNames.Zipcode);
        var chosen = candidates.Count == 1 ? candidates : TrashPlaces.Narrow(candidates, neighborhood, zipCode);
        if (chosen.Count != 1)
        {
            return WhichOne(street, chosen.Count > 1 ? chosen : candidates, answered: neighborhood is not null || zipCode is not null, input);
        }

        TrashPlaces.Forget(attributes);
        attributes.Remove(SessionKeys.ChoiceAttempts);
        var days = PickupDays.Parse(await _reCollect.GetZoneTitleAsync(chosen[0], cancellationToken).ConfigureAwait(false));
        return days.Count == 0
            ? throw new UpstreamException("ReCollect", "named no pickup day for the place")
            : Final(PickupSpeech(street, days), input);
    }

    /// <summary>Asks which place is meant; an answer that did not settle it counts as an unusable attempt.</summary>
    private SkillResponse WhichOne(string street, IReadOnlyList<ReCollectSuggestion> places, bool answered, HandlerInput input)
    {
        var attributes = input.SessionAttributes;
        TrashPlaces.Remember(attributes, street, places);
        var speech = WhichOneSpeech(street, TrashPlaces.Choices(places));
        return answered
            ? LocationReplies.AskAgain(speech, attributes, CardTitle, SlotNames.Neighborhood, NeighborhoodRepromptSpeech, SessionKeys.ChoiceAttempts)
            : new ResponseBuilder()
                .Speak(speech)
                .Reprompt(NeighborhoodRepromptSpeech)
                .SimpleCard(CardTitle)
                .ElicitSlot(SlotNames.Neighborhood)
                .SessionAttributes(attributes)
                .Build();
    }

    /// <summary>ReCollect's search, with the street written as the city writes it ("1000 Dorchester Ave").</summary>
    private Task<List<ReCollectSuggestion>> SearchAsync(string streetKey, CancellationToken cancellationToken) =>
        _reCollect.SuggestAddressesAsync(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(streetKey), cancellationToken);
}
