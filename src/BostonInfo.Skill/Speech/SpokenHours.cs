using System.Text.RegularExpressions;

namespace BostonInfo.Skill.Speech;

/// <summary>Opening hours as said aloud: "11am-2pm" and "10:00 AM - 2:00 PM" become "… to …".</summary>
public static partial class SpokenHours
{
    public static string Of(string hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        return Dash().Replace(hours.Trim(), " to ");
    }

    [GeneratedRegex(@"\s*[-–]\s*")]
    private static partial Regex Dash();
}
