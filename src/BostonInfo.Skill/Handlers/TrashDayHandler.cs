using System.Text.RegularExpressions;
using BostonInfo.Skill.CityData.Http;
using BostonInfo.Skill.CityData.ReCollect;
using BostonInfo.Skill.Location;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Routing;
using BostonInfo.Skill.Speech;

namespace BostonInfo.Skill.Handlers;

/// <summary>
/// TrashDayIntent: the trash and recycling pickup days of a Boston street address, from ReCollect. When
/// ReCollect knows several places by that address, it asks for the neighborhood.
/// </summary>
public sealed partial class TrashDayHandler : PlaceHandler
{
    private readonly ReCollectClient _reCollect;

    public TrashDayHandler(SkillServices services)
        : base(services) => _reCollect = services.CityData.ReCollect;

    public override IReadOnlyCollection<string> IntentNames { get; } = ["TrashDayIntent"];

    public override string CardTitle => "Trash Day";

    public override string UnavailableSpeech =>
        "Sorry, I can't reach the city's trash and recycling schedule right now. Please try again in a little while.";

    public const string NeighborhoodRepromptSpeech = "Which neighborhood is the address in?";

    // A trash schedule belongs to a building, and a mobile device's position is not one.
    protected override bool AcceptsDevicePosition => false;

    public static string PickupSpeech(string street, IReadOnlyList<DayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return $"Trash and recycling at {street} are picked up on {SpokenList.Join(days.Select(day => day.ToString()).ToList())}.";
    }

    public static string HouseNumberSpeech(string street) =>
        $"Trash pickup depends on the building. Which number on {street}? Please say the whole street address.";

    public static string NotInScheduleSpeech(string street) =>
        $"I couldn't find {street} in the city's trash schedule. Please tell me the street address again, with the number and the street.";

    public static string WhichNeighborhoodSpeech(string street, IReadOnlyList<string> places) =>
        $"I found more than one {street}: {SpokenList.Join(places, "or")}. Which neighborhood is yours?";

    protected override async Task<SkillResponse> AnswerForAsync(Place place, HandlerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        var street = place.StreetAddress ?? "that street";
        if (place.StreetAddress is null || !HouseNumber().IsMatch(place.StreetAddress))
        {
            return LocationReplies.AskAgain(HouseNumberSpeech(street), input.SessionAttributes, CardTitle);
        }

        var neighborhood = input.Intent?.SlotValue(SlotNames.Neighborhood);
        var query = neighborhood is null ? street : $"{street} {neighborhood}";
        var places = SuggestionNames.DistinctPlaces(
            await _reCollect.SuggestAddressesAsync(query, cancellationToken).ConfigureAwait(false));
        if (places.Count == 0)
        {
            return LocationReplies.AskAgain(NotInScheduleSpeech(street), input.SessionAttributes, CardTitle);
        }

        if (places.Count > 1 && neighborhood is null)
        {
            var names = places.Select(suggestion => ZipCode().Replace(suggestion.Name, "").Trim().TrimEnd(',')).ToList();
            return new ResponseBuilder()
                .Speak(WhichNeighborhoodSpeech(street, names))
                .Reprompt(NeighborhoodRepromptSpeech)
                .SimpleCard(CardTitle)
                .ElicitSlot(SlotNames.Neighborhood)
                .SessionAttributes(input.SessionAttributes)
                .Build();
        }

        var days = PickupDays.Parse(await _reCollect.GetZoneTitleAsync(places[0], cancellationToken).ConfigureAwait(false));
        return days.Count == 0
            ? throw new UpstreamException("ReCollect", "named no pickup day for the place")
            : Final(PickupSpeech(street, days), input);
    }

    [GeneratedRegex(@"^\d+")]
    private static partial Regex HouseNumber();

    [GeneratedRegex(@",?\s*\b\d{5}\b")]
    private static partial Regex ZipCode();
}
