namespace BostonInfo.Skill.Speech;

/// <summary>
/// Something Alexa says, in two renderings: the plain text (always; it is what cards show) and, when the
/// speech needs markup, SSML. Keeping both here is what guarantees that card text never contains SSML.
/// </summary>
public sealed class SpokenText
{
    private SpokenText(string plainText, string? ssml)
    {
        PlainText = plainText;
        Ssml = ssml;
    }

    /// <summary>The words, without markup.</summary>
    public string PlainText { get; }

    /// <summary>The full &lt;speak&gt; document, or null for plain speech.</summary>
    public string? Ssml { get; }

    public static SpokenText Plain(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new SpokenText(text, null);
    }

    internal static SpokenText WithSsml(string plainText, string ssml) => new(plainText, ssml);

    public override string ToString() => PlainText;
}
