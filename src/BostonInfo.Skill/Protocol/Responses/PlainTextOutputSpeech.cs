namespace BostonInfo.Skill.Protocol.Responses;

/// <summary>{"type": "PlainText", "text": …}</summary>
public sealed class PlainTextOutputSpeech : OutputSpeech
{
    public string Text { get; init; } = "";
}
