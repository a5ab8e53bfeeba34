using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Handlers;

/// <summary>
/// An IntentRequest for an intent with no handler (a model ahead of the code, or a stray request). The
/// original raised an exception here; we apologise and keep listening.
/// </summary>
public sealed class UnknownIntentHandler : ISkillHandler
{
    public const string Speech =
        "Sorry, I don't know how to answer that yet. Say help to hear what Boston Info can do.";

    public const string RepromptSpeech = "What would you like to know?";

    public Task<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var response = new ResponseBuilder()
            .Speak(Speech)
            .Reprompt(RepromptSpeech)
            .KeepSessionOpen()
            .SessionAttributes(input.SessionAttributes)
            .Build();
        return Task.FromResult(response);
    }
}
