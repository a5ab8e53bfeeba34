using System.Text.RegularExpressions;

namespace BostonInfo.Skill.Tests.SkillPackage;

/// <summary>
/// What Alexa's model build accepts in a sample utterance, as docs/interaction-model.md records from Amazon's pages:
/// words only, numbers spelled out ("five", not "5"), apostrophes in contractions and possessives, periods after the
/// letters of a spoken abbreviation ("m. b. t. a."), hyphens only inside a word, and slots as {Name} standing alone
/// (nothing attached, not even 's); an AMAZON.SearchQuery slot needs a carrier phrase and no other slot beside it.
/// </summary>
internal static partial class AlexaSampleRules
{
    public const string SearchQuery = "AMAZON.SearchQuery";

    /// <summary>Why the build would refuse the sample, or nothing.</summary>
    /// <param name="slotTypes">The slot types of the sample's intent, by slot name.</param>
    /// <param name="isIntentSample">An intent's own sample (true) or a slot-filling sample (false).</param>
    public static IEnumerable<string> Problems(string sample, IReadOnlyDictionary<string, string> slotTypes, bool isIntentSample)
    {
        var tokens = sample.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var token in tokens.Where(token => !Slot().IsMatch(token) && !Word().IsMatch(token) && !Abbreviation().IsMatch(token)))
        {
            yield return $"\"{token}\" is neither a word, a spelled-out abbreviation nor a {{Slot}} standing alone";
        }

        var slots = tokens.Where(token => Slot().IsMatch(token)).Select(token => token[1..^1]).ToList();
        var hasCarrierPhrase = slots.Count < tokens.Length;
        if (isIntentSample && !hasCarrierPhrase)
        {
            yield return "an intent's sample needs words besides its slots (a carrier phrase)";
        }

        if (slots.Any(slot => slotTypes.GetValueOrDefault(slot) == SearchQuery))
        {
            if (!hasCarrierPhrase)
            {
                yield return "a sample with an AMAZON.SearchQuery slot needs a carrier phrase";
            }

            if (slots.Count > 1)
            {
                yield return "an AMAZON.SearchQuery slot cannot share a sample with another slot";
            }
        }
    }

    [GeneratedRegex(@"^\{[A-Za-z][A-Za-z_]*\}$")]
    private static partial Regex Slot();

    /// <summary>Letters, with apostrophes or hyphens only between letters ("what's", "drop-off"), or a trailing possessive apostrophe ("farmers'").</summary>
    [GeneratedRegex(@"^[A-Za-z]+(?:['-][A-Za-z]+)*'?$")]
    private static partial Regex Word();

    /// <summary>Letters said one by one, each followed by a period: "m.", "t.", or "m.b.t.a.".</summary>
    [GeneratedRegex(@"^(?:[A-Za-z]\.)+$")]
    private static partial Regex Abbreviation();
}
