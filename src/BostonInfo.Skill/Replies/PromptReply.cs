using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Routing;

namespace BostonInfo.Skill.Replies;

/// <summary>
/// A fixed question back to the user (welcome, help, "I didn't get that"): speech, a reprompt, a card with the same
/// text, the conversation's attributes kept, and the microphone left open.
/// </summary>
public static class PromptReply
{
    public static Task<SkillResponse> To(HandlerInput input, string cardTitle, string speech, string reprompt)
    {
        ArgumentNullException.ThrowIfNull(input);
        var response = new ResponseBuilder()
            .Speak(speech)
            .Reprompt(reprompt)
            .SimpleCard(cardTitle)
            .KeepSessionOpen()
            .SessionAttributes(input.SessionAttributes)
            .Build();
        return Task.FromResult(response);
    }
}
