namespace BostonInfo.Skill.CityData.Geocoding;

/// <summary>An ArcGIS point in WGS84: x is the longitude, y the latitude.</summary>
public sealed class MapPoint
{
    public double X { get; init; }

    public double Y { get; init; }
}
