using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Handlers;

/// <summary>
/// AMAZON.FallbackIntent: Alexa heard something that matches none of our intents. Say so, suggest topics,
/// and keep listening.
/// </summary>
public sealed class FallbackHandler : IIntentHandler
{
    public const string CardTitle = "Boston Info";

    public const string Speech =
        "Sorry, Boston Info can't help with that. You can ask about trash and recycling pickup, city alerts, " +
        "snow emergency parking, and more. What would you like to know?";

    public const string RepromptSpeech = "What can I help you with today? You can also say help.";

    public IReadOnlyCollection<string> IntentNames { get; } = [BuiltInIntents.Fallback];

    public Task<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken) =>
        PromptReply.To(input, CardTitle, Speech, RepromptSpeech);
}
