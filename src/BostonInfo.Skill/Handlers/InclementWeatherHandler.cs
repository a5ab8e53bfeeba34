using BostonInfo.Skill.CityData.BostonGov;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Handlers;

/// <summary>InclementWeatherIntent: reads the boston.gov banner when it is about snow or bad weather.</summary>
public sealed class InclementWeatherHandler : CityDataHandler
{
    public const string NoWeatherAlertSpeech = "There are no weather related alerts from the City of Boston right now.";

    private static readonly string[] WeatherWords = ["snow", "winter weather", "inclement weather", "parking ban", "storm"];

    private readonly BostonGovClient _bostonGov;

    public InclementWeatherHandler(SkillServices services)
        : base(services) => _bostonGov = services.CityData.BostonGov;

    public override IReadOnlyCollection<string> IntentNames { get; } = ["InclementWeatherIntent"];

    public override string CardTitle => "Weather Alerts";

    public override string UnavailableSpeech =>
        "Sorry, I can't check boston.gov for weather alerts right now. Please try again in a little while.";

    protected override async Task<SkillResponse> AnswerAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        var status = await _bostonGov.GetHomePageStatusAsync(cancellationToken).ConfigureAwait(false);
        var banner = status.Banner;
        return banner is not null && WeatherWords.Any(word => banner.Contains(word, StringComparison.OrdinalIgnoreCase))
            ? Final(banner, input)
            : Final(NoWeatherAlertSpeech, input);
    }
}
