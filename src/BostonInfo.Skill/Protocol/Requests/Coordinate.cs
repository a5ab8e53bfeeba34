namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>A WGS84 position. Personal data: never log it.</summary>
public sealed class Coordinate
{
    public double? LatitudeInDegrees { get; init; }

    public double? LongitudeInDegrees { get; init; }

    public double? AccuracyInMeters { get; init; }
}
