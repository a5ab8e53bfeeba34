namespace BostonInfo.Skill.Location;

/// <summary>The session attributes the location pipeline keeps between turns.</summary>
public static class SessionKeys
{
    /// <summary>The address the user gave (or the device's) for the rest of the session.</summary>
    public const string CurrentAddress = "currentAddress";

    /// <summary>How many addresses in a row could not be used, so the skill stops asking after two.</summary>
    public const string AddressAttempts = "addressAttempts";
}
