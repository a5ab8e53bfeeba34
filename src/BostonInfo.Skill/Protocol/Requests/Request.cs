namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>
/// The "request" object. Alexa sends many types; the ones the skill acts on have their own class and
/// everything else arrives as <see cref="UnknownRequest"/> with its type string kept.
/// </summary>
public abstract class Request
{
    /// <summary>The wire "type", e.g. "IntentRequest" or "AudioPlayer.PlaybackStarted".</summary>
    public string Type { get; init; } = "";

    public string? RequestId { get; init; }

    /// <summary>ISO 8601 as sent; kept as text so an odd format never fails the whole request.</summary>
    public string? Timestamp { get; init; }

    public string? Locale { get; init; }
}
