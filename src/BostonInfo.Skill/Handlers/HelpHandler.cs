using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Handlers;

/// <summary>AMAZON.HelpIntent: what the skill can do, with questions to try; the session stays open.</summary>
public sealed class HelpHandler : IIntentHandler
{
    public const string CardTitle = "Help";

    public const string Speech =
        "Boston Info answers questions about City of Boston services. Try asking: are there any city alerts, " +
        "when is trash day, where can I park during a snow emergency, where do I vote, or where are the food trucks. " +
        "To tell us how to make this skill better, say: I have a suggestion. What would you like to know?";

    public const string RepromptSpeech = "What would you like to know about the City of Boston?";

    public IReadOnlyCollection<string> IntentNames { get; } = [BuiltInIntents.Help];

    public Task<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken) =>
        PromptReply.To(input, CardTitle, Speech, RepromptSpeech);
}
