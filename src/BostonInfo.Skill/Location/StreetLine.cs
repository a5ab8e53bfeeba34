using System.Text.RegularExpressions;

namespace BostonInfo.Skill.Location;

/// <summary>
/// The house number and street of an address ("1000 Dorchester Ave"), in one comparable form: the geocoder, ReCollect
/// and people write the same street differently ("Avenue", "Ave", "ave."), and an answer is only for the address
/// said when number and street are the same.
/// </summary>
public static partial class StreetLine
{
    // The USPS suffix abbreviations the ArcGIS geocoder and ReCollect write (Publication 28, appendix C1), for the
    // street types Boston has most.
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["avenue"] = "ave", ["street"] = "st", ["road"] = "rd", ["square"] = "sq", ["boulevard"] = "blvd",
        ["place"] = "pl", ["court"] = "ct", ["terrace"] = "ter", ["drive"] = "dr", ["parkway"] = "pkwy",
        ["highway"] = "hwy", ["lane"] = "ln", ["circle"] = "cir", ["wharf"] = "whf",
    };

    /// <summary>The part before the first comma: "1000 Dorchester Ave" of "1000 Dorchester Ave, Boston, 02125".</summary>
    public static string Of(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.Split(',')[0].Trim();
    }

    /// <summary>"1000 dorchester ave" for "1000 Dorchester Avenue." or "1000  DORCHESTER AVE": lower case, abbreviated, single spaces.</summary>
    public static string Key(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var words = Words().Matches(Of(address).ToLowerInvariant())
            .Select(word => Abbreviations.TryGetValue(word.Value, out var abbreviation) ? abbreviation : word.Value);
        return string.Join(' ', words);
    }

    /// <summary>True when two addresses have the same house number and street.</summary>
    public static bool Same(string address, string other) => string.Equals(Key(address), Key(other), StringComparison.Ordinal);

    [GeneratedRegex(@"\w[\w-]*")]
    private static partial Regex Words();
}
