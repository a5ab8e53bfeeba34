namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>The permissions the user granted, e.g. the geolocation scope's status.</summary>
public sealed class Permissions
{
    /// <summary>Deprecated by Amazon in favour of context.System.apiAccessToken, still sent.</summary>
    public string? ConsentToken { get; init; }

    /// <summary>Keyed by scope name, e.g. "alexa::devices:all:geolocation:read".</summary>
    public Dictionary<string, PermissionScope>? Scopes { get; init; }
}
