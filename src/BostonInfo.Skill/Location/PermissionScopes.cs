namespace BostonInfo.Skill.Location;

/// <summary>The permission scopes the skill's manifest declares and its consent cards ask for.</summary>
public static class PermissionScopes
{
    /// <summary>The device's full street address (Device Address API).</summary>
    public const string FullAddress = "read::alexa:device:all:address";

    /// <summary>The position of a device that moves (context.Geolocation).</summary>
    public const string Geolocation = "alexa::devices:all:geolocation:read";
}
