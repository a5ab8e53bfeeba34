namespace BostonInfo.Skill.Protocol.Responses;

/// <summary>{"type": "SSML", "ssml": "&lt;speak&gt;…&lt;/speak&gt;"}</summary>
public sealed class SsmlOutputSpeech : OutputSpeech
{
    public string Ssml { get; init; } = "";
}
