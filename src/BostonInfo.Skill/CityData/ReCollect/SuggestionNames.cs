using System.Text.RegularExpressions;

namespace BostonInfo.Skill.CityData.ReCollect;

/// <summary>
/// ReCollect lists one building once per unit ("1000 Dorchester Ave, Boston, 02125", "1000 Dorchester Ave Unit 1,
/// Boston, 02125", "1 - 1000 Dorchester Ave, Boston, 02125"); a trash schedule belongs to the building, so
/// suggestions that differ only by unit are one place.
/// </summary>
public static partial class SuggestionNames
{
    public static IReadOnlyList<ReCollectSuggestion> DistinctPlaces(IReadOnlyList<ReCollectSuggestion> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        return suggestions
            .Where(suggestion => !string.IsNullOrWhiteSpace(suggestion.Name))
            .GroupBy(suggestion => Building(suggestion.Name), StringComparer.OrdinalIgnoreCase)
            .Select(building => building.FirstOrDefault(suggestion => Building(suggestion.Name) == suggestion.Name.Trim()) ?? building.First())
            .ToList();
    }

    /// <summary>The name without its unit: no leading "1 - ", no "Unit 1", "Apt 2" or "#3".</summary>
    public static string Building(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Spaces().Replace(Unit().Replace(UnitPrefix().Replace(name, ""), ""), " ").Trim();
    }

    [GeneratedRegex(@"^\s*\d+[A-Za-z]?\s+-\s+")]
    private static partial Regex UnitPrefix();

    [GeneratedRegex(@"\s+(?:Unit|Apt|Apartment|#)\s*[\w-]+", RegexOptions.IgnoreCase)]
    private static partial Regex Unit();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
