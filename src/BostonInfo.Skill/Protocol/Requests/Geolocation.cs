namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>
/// context.Geolocation, sent by devices that move (phones, cars) when the user shares location.
/// See https://developer.amazon.com/en-US/docs/alexa/custom-skills/location-services-for-alexa-skills.html
/// </summary>
public sealed class Geolocation
{
    public LocationServices? LocationServices { get; init; }

    public string? Timestamp { get; init; }

    /// <summary>May be missing even when Geolocation is present (e.g. no fix yet).</summary>
    public Coordinate? Coordinate { get; init; }
}
