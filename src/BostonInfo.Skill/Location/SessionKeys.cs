namespace BostonInfo.Skill.Location;

/// <summary>The session attributes the location pipeline keeps between turns.</summary>
public static class SessionKeys
{
    /// <summary>The address the user gave (or the device's) for the rest of the session.</summary>
    public const string CurrentAddress = "currentAddress";

    /// <summary>The place the geocoder found for <see cref="CurrentAddress"/> (<see cref="SessionPlace"/>).</summary>
    public const string CurrentPlace = "currentPlace";

    /// <summary>The trash schedule's places left to choose from for a street address (<c>Handlers.TrashPlaces</c>).</summary>
    public const string TrashPlaces = "trashPlaces";

    /// <summary>
    /// How many answers to "which one?" in a row did not settle it (counted apart from the addresses: the address
    /// was usable, so the location pipeline resets that count on every such turn).
    /// </summary>
    public const string ChoiceAttempts = "choiceAttempts";

    /// <summary>How many addresses in a row could not be used, so the skill stops asking after two.</summary>
    public const string AddressAttempts = "addressAttempts";
}
