using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Handlers;

/// <summary>"Alexa, open Boston Info": a welcome with example topics, and the microphone stays open.</summary>
public sealed class LaunchHandler : ISkillHandler
{
    public const string CardTitle = "Boston Info";

    public const string Speech =
        "Welcome to Boston Info. You can ask me about city service alerts, when your trash and recycling " +
        "are picked up, or where to park during a snow emergency. What would you like to know?";

    public const string RepromptSpeech =
        "You can also ask where the food trucks are, which farmers markets are open today, or what was " +
        "recently reported to three one one. To send us an idea, say: I have a suggestion. What would you like to know?";

    public Task<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken) =>
        PromptReply.To(input, CardTitle, Speech, RepromptSpeech);
}
