using System.Text;

namespace BostonInfo.Skill.Speech;

/// <summary>Escaping of text placed inside SSML, which is XML: Alexa rejects the whole response otherwise.</summary>
public static class SsmlText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            escaped.Append(character switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                _ => character.ToString(),
            });
        }

        return escaped.ToString();
    }
}
