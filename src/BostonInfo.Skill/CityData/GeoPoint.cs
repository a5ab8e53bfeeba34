namespace BostonInfo.Skill.CityData;

/// <summary>A WGS84 position. Personal data when it is the user's: never log it.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusMiles = 3958.8;

    /// <summary>Straight-line (great-circle) distance, by the haversine formula.</summary>
    public double MilesTo(GeoPoint other)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(other.Latitude - Latitude);
        var dLon = Radians(other.Longitude - Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) +
            Math.Cos(Radians(Latitude)) * Math.Cos(Radians(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMiles * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// A record struct's generated ToString would print the coordinates into any log that formats it.
    /// </summary>
    public override string ToString() => "GeoPoint";
}
