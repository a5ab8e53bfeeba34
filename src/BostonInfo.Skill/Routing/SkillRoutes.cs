using BostonInfo.Skill.Handlers;

namespace BostonInfo.Skill.Routing;

/// <summary>
/// The one place where handlers are registered (an explicit list: no reflection scanning, so Native AOT keeps
/// working). Adding an intent = a handler file, a line here, and its entries in skill-package's model.
/// </summary>
public static class SkillRoutes
{
    public static RequestRouter Build(SkillServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new RequestRouter(
            launch: new LaunchHandler(),
            sessionEnded: new SessionEndedHandler(),
            intentHandlers:
            [
                new HelpHandler(),
                new GoodbyeHandler(),
                new FallbackHandler(),
                new TrashDayHandler(services),
                new SnowParkingHandler(services),
                new VotingHandler(services),
                new CrimeIncidentsHandler(services),
                new GetAlertsHandler(services),
                new InclementWeatherHandler(services),
                new FeedbackHandler(services),
                new FoodTruckHandler(services),
                new LatestThreeOneOneHandler(services),
                new FarmersMarketHandler(services),
            ],
            unknownIntent: new UnknownIntentHandler(),
            unknownRequest: new UnknownRequestHandler());
    }
}
