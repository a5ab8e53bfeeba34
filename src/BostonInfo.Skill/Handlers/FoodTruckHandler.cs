using BostonInfo.Skill.CityData.ArcGis;
using BostonInfo.Skill.Location;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Routing;
using BostonInfo.Skill.Speech;

namespace BostonInfo.Skill.Handlers;

/// <summary>FoodTruckIntent: the food trucks within a mile that are there today, closest first (five at most).</summary>
public sealed class FoodTruckHandler : PlaceHandler
{
    public const double RadiusMiles = 1;
    public const int MaxSpoken = 5;

    private readonly FeatureServiceClient _features;
    private readonly BostonCalendar _calendar;

    public FoodTruckHandler(SkillServices services)
        : base(services)
    {
        _features = services.CityData.Features;
        _calendar = services.Calendar;
    }

    public override IReadOnlyCollection<string> IntentNames { get; } = ["FoodTruckIntent"];

    public override string CardTitle => "Food Trucks";

    public override string UnavailableSpeech =>
        "Sorry, I can't reach the city's food truck schedule right now. Please try again in a little while.";

    public const string NoneSpeech = "I couldn't find any food trucks within a mile of you today.";

    protected override PlaceNeed Need => PlaceNeed.NearMe;

    public static string IntroductionSpeech(int count) => count switch
    {
        1 => "There is one food truck within a mile of you today.",
        <= MaxSpoken => $"There are {count} food trucks within a mile of you today.",
        _ => $"There are {count} food trucks within a mile of you today. Here are the {MaxSpoken} closest.",
    };

    public static string TruckSpeech(FoodTruckStop stop)
    {
        ArgumentNullException.ThrowIfNull(stop);
        var hours = stop.Hours is null ? "" : $", {SpokenHours.Of(stop.Hours)}";
        return $"{stop.Truck} is at {stop.Location}{hours}.";
    }

    protected override async Task<SkillResponse> AnswerForAsync(Place place, HandlerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        var today = _calendar.Today.ToString();
        var trucks = (await _features.GetFoodTrucksNearAsync(place.Point, RadiusMiles, cancellationToken).ConfigureAwait(false))
            .Where(stop => string.Equals(stop.Day, today, StringComparison.OrdinalIgnoreCase))
            .OrderBy(stop => stop.Point is { } point ? point.MilesTo(place.Point) : double.MaxValue)
            .ToList();
        if (trucks.Count == 0)
        {
            return Final(NoneSpeech, input);
        }

        return Final(Listing(IntroductionSpeech(trucks.Count), trucks.Take(MaxSpoken).Select(TruckSpeech)), input);
    }
}
