namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>context.System: application, user, device, and how to call Alexa's APIs for this request.</summary>
public sealed class SystemContext
{
    public Application? Application { get; init; }

    public User? User { get; init; }

    public Device? Device { get; init; }

    /// <summary>The region-specific base URL for Alexa APIs (e.g. the device address API).</summary>
    public string? ApiEndpoint { get; init; }

    /// <summary>Bearer token for Alexa APIs. Never log it.</summary>
    public string? ApiAccessToken { get; init; }
}
