namespace BostonInfo.Skill.Protocol.Responses;

/// <summary>What Alexa says if the user does not answer within a few seconds.</summary>
public sealed class Reprompt
{
    public OutputSpeech? OutputSpeech { get; init; }
}
