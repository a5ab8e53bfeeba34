namespace BostonInfo.Skill.CityData.Geocoding;

/// <summary>One candidate: the matched address, its WGS84 point, the match score (0–100) and the requested out fields.</summary>
public sealed class GeocodeCandidate
{
    public string Address { get; init; } = "";

    public MapPoint? Location { get; init; }

    public double Score { get; init; }

    public GeocodeAttributes Attributes { get; init; } = new();
}
