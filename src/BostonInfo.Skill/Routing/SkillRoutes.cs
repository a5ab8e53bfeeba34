using BostonInfo.Skill.Handlers;

namespace BostonInfo.Skill.Routing;

/// <summary>
/// Builds the router. The intent handlers are every <see cref="IIntentHandler"/> class of this assembly, listed at
/// compile time by IntentHandlerListGenerator (no reflection, so Native AOT keeps working): adding an intent is a
/// handler file, its tests, and its entries in skill-package's model.
/// </summary>
public static partial class SkillRoutes
{
    public static RequestRouter Build(SkillServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new RequestRouter(
            launch: new LaunchHandler(),
            sessionEnded: new SessionEndedHandler(),
            intentHandlers: IntentHandlers(services),
            unknownIntent: new UnknownIntentHandler(),
            unknownRequest: new UnknownRequestHandler());
    }
}
