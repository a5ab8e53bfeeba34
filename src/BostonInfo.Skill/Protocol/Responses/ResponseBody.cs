namespace BostonInfo.Skill.Protocol.Responses;

/// <summary>The "response" object: what Alexa says and shows, and whether the session stays open.</summary>
public sealed class ResponseBody
{
    public OutputSpeech? OutputSpeech { get; init; }

    public Card? Card { get; init; }

    /// <summary>Only meaningful while the session stays open.</summary>
    public Reprompt? Reprompt { get; init; }

    public IReadOnlyList<Directive>? Directives { get; init; }

    /// <summary>true ends the session; false keeps the microphone open; absent lets Alexa decide (Dialog.Delegate).</summary>
    public bool? ShouldEndSession { get; init; }
}
