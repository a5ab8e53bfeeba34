namespace BostonInfo.Skill.CityData.ReCollect;

/// <summary>
/// ReCollect lists one building many times ("12 Main St", "12 Main St Unit 1", "1 - 12 Main St"): a name that
/// contains another, shorter, suggested name is the same place.
/// </summary>
public static class SuggestionNames
{
    public static IReadOnlyList<ReCollectSuggestion> DistinctPlaces(IReadOnlyList<ReCollectSuggestion> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        var names = suggestions.Select(suggestion => suggestion.Name.Trim()).Where(name => name.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var basic = names.Where(name => !names.Any(other =>
            other.Length < name.Length && name.Contains(other, StringComparison.OrdinalIgnoreCase))).ToList();
        return basic.Select(name => suggestions.First(suggestion => string.Equals(suggestion.Name.Trim(), name, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }
}
