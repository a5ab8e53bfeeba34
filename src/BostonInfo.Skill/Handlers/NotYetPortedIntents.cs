using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Handlers;

/// <summary>
/// The city-data intents of the original skill that are in the interaction model but not ported yet. This is
/// the only list of its kind: each port moves one name from here to its own handler, and the list ends empty.
/// Until then these intents get a polite "coming soon" and the session stays open.
/// </summary>
public sealed class NotYetPortedIntents : IIntentHandler
{
    public const string CardTitle = "Coming soon";

    public const string Speech =
        "That feature is coming soon to Boston Info. For now, say help to hear what I can do, or ask me something else.";

    public const string RepromptSpeech = "What else would you like to know?";

    /// <summary>The intents waiting for their handler.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "TrashDayIntent",
        "SnowParkingIntent",
        "VotingIntent",
        "CrimeIncidentsIntent",
        "GetAlertsIntent",
        "InclementWeatherIntent",
        "FeedbackIntent",
        "FoodTruckIntent",
        "LatestThreeOneOne",
        "FarmersMarketIntent",
    ];

    public IReadOnlyCollection<string> IntentNames => Names;

    public Task<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var response = new ResponseBuilder()
            .Speak(Speech)
            .Reprompt(RepromptSpeech)
            .SimpleCard(CardTitle)
            .KeepSessionOpen()
            .SessionAttributes(input.SessionAttributes)
            .Build();
        return Task.FromResult(response);
    }
}
