namespace BostonInfo.Skill.Location;

/// <summary>
/// The names the geocoder gives as "City" for places inside Boston: the city itself and its neighbourhoods
/// (skill-survey.md §3.2). They change once in a generation, so they live here rather than being fetched.
/// </summary>
public static class BostonNeighborhoods
{
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Allston", "Back Bay", "Bay Village", "Beacon Hill", "Boston", "Brighton", "Charlestown", "Chinatown",
        "Dorchester", "Dorchester Center", "East Boston", "Fenway", "Fenway-Kenmore", "Harbor Islands", "Hyde Park",
        "Jamaica Plain", "Leather District", "Longwood", "Mattapan", "Mission Hill", "North End", "Roslindale",
        "Roxbury", "Roxbury Crossing", "South Boston", "South Boston Waterfront", "South End", "West End",
        "West Roxbury",
    };

    /// <summary>Cities around Boston whose streets share Boston's names; an address naming one is not completed with "Boston".</summary>
    public static IReadOnlySet<string> Neighbours { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Arlington", "Belmont", "Brookline", "Cambridge", "Chelsea", "Dedham", "Everett", "Malden", "Medford", "Milton",
        "Needham", "Newton", "Quincy", "Revere", "Somerville", "Watertown", "Winthrop",
    };

    public const string Massachusetts = "Massachusetts";

    /// <summary>True when a geocoded city and state are Boston's.</summary>
    public static bool Contains(string? city, string? region) =>
        city is not null && Names.Contains(city) && (string.IsNullOrEmpty(region) || string.Equals(region, Massachusetts, StringComparison.OrdinalIgnoreCase));
}
