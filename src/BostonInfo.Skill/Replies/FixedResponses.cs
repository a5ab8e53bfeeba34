using BostonInfo.Skill.Protocol.Responses;

namespace BostonInfo.Skill.Replies;

/// <summary>The responses the function itself gives when no handler can: bad input, a failure, a refusal.</summary>
public static class FixedResponses
{
    public const string MalformedSpeech =
        "Sorry, Boston Info couldn't understand that request. Please try again.";

    public const string ApologySpeech =
        "Sorry, Boston Info had a problem answering that. Please try again in a little while.";

    /// <summary>{"version":"1.0","response":{}}: what Alexa expects back for a SessionEndedRequest.</summary>
    public static SkillResponse Empty() => new();

    /// <summary>
    /// The answer to a request for another skill id: no speech, no card, no session attributes, only
    /// "shouldEndSession": true, so nothing about this skill is revealed and no conversation continues.
    /// </summary>
    public static SkillResponse Refused() => new() { Response = new ResponseBody { ShouldEndSession = true } };

    public static SkillResponse Malformed() => new ResponseBuilder().Speak(MalformedSpeech).EndSession().Build();

    public static SkillResponse Apology() => new ResponseBuilder().Speak(ApologySpeech).EndSession().Build();
}
