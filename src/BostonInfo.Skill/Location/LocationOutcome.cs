namespace BostonInfo.Skill.Location;

/// <summary>What <see cref="LocationResolver"/> found out: a place, or what to ask the user next.</summary>
public abstract record LocationOutcome
{
    /// <summary>A Boston place to answer for.</summary>
    public sealed record Found(Place Place) : LocationOutcome;

    /// <summary>The address or position is outside Boston; <paramref name="Address"/> is null for a device position.</summary>
    public sealed record OutsideBoston(string? Address) : LocationOutcome;

    /// <summary>No address to use and no permission to read the device's: ask for both.</summary>
    public sealed record NeedsPermission(IReadOnlyList<string> Scopes) : LocationOutcome;

    /// <summary>Nothing to go on: ask for the street address.</summary>
    public sealed record NeedsAddress : LocationOutcome;

    /// <summary>
    /// The question needs a building, and <paramref name="Address"/> (a street, a ZIP code, a neighbourhood) has no
    /// house number: ask for the whole street address.
    /// </summary>
    public sealed record NeedsHouseNumber(string Address) : LocationOutcome;

    /// <summary>The geocoder knows no such address.</summary>
    public sealed record NotFound(string Address) : LocationOutcome;

    /// <summary>The address exists in several places; <paramref name="Choices"/> name them (neighbourhood and ZIP).</summary>
    public sealed record Ambiguous(string Address, IReadOnlyList<string> Choices) : LocationOutcome;

    /// <summary>Keeps addresses out of any log that formats an outcome.</summary>
    public override string ToString() => GetType().Name;
}
