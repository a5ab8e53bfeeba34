using System.Text.RegularExpressions;

namespace BostonInfo.Skill.Location;

/// <summary>Turns what the user said into the one line the geocoder gets.</summary>
public static partial class AddressText
{
    /// <summary>
    /// The address with any neighbourhood or ZIP code the user added, completed with "Boston, MA" when it names
    /// no place at all (people say "10 Main Street", meaning Boston's).
    /// </summary>
    public static string ForGeocoder(string address, string? neighborhood = null, string? zipCode = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        var parts = new List<string> { address.Trim() };
        if (!string.IsNullOrWhiteSpace(neighborhood))
        {
            parts.Add(neighborhood.Trim());
        }

        if (ZipCode(zipCode) is { } zip)
        {
            parts.Add(zip);
        }

        var line = string.Join(", ", parts);
        return NamesAPlace(line) ? line : line + ", Boston, MA";
    }

    /// <summary>
    /// True when the address starts with a house number followed by a street ("1000 Dorchester Ave", "12A Centre
    /// St", "10-12 Main St"); false for a bare street, a neighbourhood or a ZIP code, which the geocoder would
    /// answer with the centre of a street or an area rather than a building.
    /// </summary>
    public static bool HasHouseNumber(string? address) => address is not null && HouseNumber().IsMatch(address);

    /// <summary>A spoken ZIP code ("2125" from AMAZON.NUMBER) as five digits, or null.</summary>
    public static string? ZipCode(string? spoken) =>
        spoken is not null && int.TryParse(spoken.Trim(), out var number) && number is > 0 and < 100000 ? number.ToString("D5") : null;

    private static bool NamesAPlace(string line) =>
        line.Contains(',', StringComparison.Ordinal) ||
        FiveDigits().IsMatch(line) ||
        BostonNeighborhoods.Names.Concat(BostonNeighborhoods.Neighbours)
            .Any(place => line.EndsWith(" " + place, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^\s*\d{1,5}[A-Za-z]?(?:\s*-\s*\d{1,5}[A-Za-z]?)?\s+[A-Za-z]")]
    private static partial Regex HouseNumber();

    [GeneratedRegex(@"\b\d{5}\b")]
    private static partial Regex FiveDigits();
}
