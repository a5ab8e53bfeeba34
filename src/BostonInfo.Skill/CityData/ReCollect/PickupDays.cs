using System.Text.RegularExpressions;

namespace BostonInfo.Skill.CityData.ReCollect;

/// <summary>Reads the weekdays out of a ReCollect zone title: "Friday", "1A - Monday &amp; Thursday".</summary>
public static partial class PickupDays
{
    public static IReadOnlyList<DayOfWeek> Parse(string? zoneTitle)
    {
        if (string.IsNullOrWhiteSpace(zoneTitle))
        {
            return [];
        }

        var withoutCode = ZoneCode().Replace(zoneTitle, "");
        return Words().Matches(withoutCode)
            .Select(word => Enum.TryParse<DayOfWeek>(word.Value, ignoreCase: true, out var day) ? day : (DayOfWeek?)null)
            .OfType<DayOfWeek>()
            .Distinct()
            .ToList();
    }

    /// <summary>The leading zone code, e.g. "1A - ".</summary>
    [GeneratedRegex(@"^\s*\d+[A-Za-z]?\s*-\s*")]
    private static partial Regex ZoneCode();

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex Words();
}
