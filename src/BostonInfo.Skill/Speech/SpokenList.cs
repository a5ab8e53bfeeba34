namespace BostonInfo.Skill.Speech;

/// <summary>Lists as people say them: "A", "A and B", "A, B, and C".</summary>
public static class SpokenList
{
    public static string Join(IReadOnlyList<string> items, string conjunction = "and")
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => "",
            1 => items[0],
            2 => $"{items[0]} {conjunction} {items[1]}",
            _ => $"{string.Join(", ", items.Take(items.Count - 1))}, {conjunction} {items[^1]}",
        };
    }
}
