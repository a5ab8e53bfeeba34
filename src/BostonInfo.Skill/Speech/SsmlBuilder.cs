using System.Globalization;
using System.Text;

namespace BostonInfo.Skill.Speech;

/// <summary>
/// Builds speech that needs SSML (pauses, sounds) while keeping a plain-text twin for cards. Text is always
/// escaped; markup comes only from the methods here, never from data.
/// </summary>
public sealed class SsmlBuilder
{
    private readonly StringBuilder _ssml = new();
    private readonly StringBuilder _plain = new();

    /// <summary>Words to speak; escaped for SSML, copied as-is to the plain text.</summary>
    public SsmlBuilder Say(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        AppendSeparated(_ssml, SsmlText.Escape(text));
        AppendSeparated(_plain, text);
        return this;
    }

    /// <summary>A silence; Alexa allows up to 10 seconds. Nothing in the plain text.</summary>
    public SsmlBuilder Pause(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(duration, TimeSpan.FromSeconds(10));
        var milliseconds = ((long)duration.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        AppendSeparated(_ssml, $"<break time=\"{milliseconds}ms\"/>");
        return this;
    }

    /// <summary>An audio clip (an Alexa sound-library URI or an HTTPS MP3). Nothing in the plain text.</summary>
    public SsmlBuilder Audio(Uri source)
    {
        ArgumentNullException.ThrowIfNull(source);
        AppendSeparated(_ssml, $"<audio src=\"{SsmlText.Escape(source.ToString())}\"/>");
        return this;
    }

    public SpokenText Build()
    {
        if (_plain.Length == 0)
        {
            throw new InvalidOperationException("SSML speech needs at least one Say: cards need words.");
        }

        return SpokenText.WithSsml(_plain.ToString(), $"<speak>{_ssml}</speak>");
    }

    private static void AppendSeparated(StringBuilder builder, string part)
    {
        if (builder.Length > 0 && part.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append(part);
    }
}
