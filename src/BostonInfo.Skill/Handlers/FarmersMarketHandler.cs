using BostonInfo.Skill.CityData.ArcGis;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Routing;
using BostonInfo.Skill.Speech;

namespace BostonInfo.Skill.Handlers;

/// <summary>FarmersMarketIntent: the farmers markets open today (in Boston's time zone), with address and hours.</summary>
public sealed class FarmersMarketHandler : CityDataHandler
{
    private readonly FeatureServiceClient _features;
    private readonly BostonCalendar _calendar;

    public FarmersMarketHandler(SkillServices services)
        : base(services)
    {
        _features = services.CityData.Features;
        _calendar = services.Calendar;
    }

    public override IReadOnlyCollection<string> IntentNames { get; } = ["FarmersMarketIntent"];

    public override string CardTitle => "Farmers Markets";

    public override string UnavailableSpeech =>
        "Sorry, I can't reach the city's list of farmers markets right now. Please try again in a little while.";

    public static string NoneTodaySpeech(DayOfWeek today) => $"No farmers markets are open in Boston today, {today}.";

    public static string IntroductionSpeech(DayOfWeek today, int count) =>
        count == 1 ? $"One farmers market is open in Boston today, {today}." : $"{count} farmers markets are open in Boston today, {today}.";

    public static string MarketSpeech(FarmersMarket market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var address = market.Address is null ? "" : $", at {market.Address}";
        var hours = market.Hours is null ? "" : $", {SpokenHours.Of(market.Hours)}";
        return $"{market.Name}{address}{hours}.";
    }

    protected override async Task<SkillResponse> AnswerAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        var today = _calendar.Today;
        var markets = (await _features.GetFarmersMarketsAsync(cancellationToken).ConfigureAwait(false))
            .Where(market => string.Equals(market.Day, today.ToString(), StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .ToList();
        if (markets.Count == 0)
        {
            return Final(NoneTodaySpeech(today), input);
        }

        return Final(Listing(IntroductionSpeech(today, markets.Count), markets.Select(MarketSpeech)), input);
    }
}
