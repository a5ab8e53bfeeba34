using System.Globalization;
using System.Text.Json.Nodes;

namespace BostonInfo.Skill.Fixtures.ArcGis;

/// <summary>
/// A query's geometry filter (geometry, geometryType, inSR, distance, units) over WGS84 features: a point,
/// optionally buffered by a distance, intersected with points and polygons. Coordinates without inSR=4326 are
/// read in the layers' Web Mercator, as ArcGIS reads them, so longitude and latitude sent bare match nothing.
/// </summary>
public sealed class SpatialFilter
{
    private const double EarthRadiusMeters = 6_371_008.8;

    private static readonly Dictionary<string, double> MetersPerUnit = new(StringComparer.Ordinal)
    {
        ["esriSRUnit_Meter"] = 1,
        ["esriSRUnit_Kilometer"] = 1000,
        ["esriSRUnit_Foot"] = 0.3048,
        ["esriSRUnit_StatuteMile"] = 1609.344,
    };

    private readonly double _longitude;
    private readonly double _latitude;
    private readonly double _meters;

    private SpatialFilter(double longitude, double latitude, double meters)
    {
        _longitude = longitude;
        _latitude = latitude;
        _meters = meters;
    }

    /// <summary>Null when the query has no geometry; otherwise the filter, or the reason ArcGIS would refuse it.</summary>
    public static (SpatialFilter? Filter, string? Problem) From(FixtureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Parameter("geometry") is not { Length: > 0 } geometry)
        {
            return (null, null);
        }

        var parts = geometry.Split(',');
        if (request.Parameter("geometryType") != "esriGeometryPoint" || parts.Length != 2 ||
            !double.TryParse(parts[0], CultureInfo.InvariantCulture, out var x) || !double.TryParse(parts[1], CultureInfo.InvariantCulture, out var y))
        {
            return (null, "'geometry' parameter is invalid");
        }

        var meters = 0.0;
        if (request.Parameter("distance") is { Length: > 0 } distance)
        {
            if (!double.TryParse(distance, CultureInfo.InvariantCulture, out var amount) ||
                !MetersPerUnit.TryGetValue(request.Parameter("units") ?? "esriSRUnit_Meter", out var unit))
            {
                return (null, "'distance' or 'units' parameter is invalid");
            }

            meters = amount * unit;
        }

        var (longitude, latitude) = request.Parameter("inSR") == "4326" ? (x, y) : FromWebMercator(x, y);
        return (new SpatialFilter(longitude, latitude, meters), null);
    }

    public bool Matches(JsonNode? geometry)
    {
        if (geometry?["rings"] is JsonArray rings)
        {
            return InsidePolygon(rings) || (_meters > 0 && rings.OfType<JsonArray>().Any(ring => ring.Any(vertex => Near((double)vertex![0]!, (double)vertex[1]!))));
        }

        return geometry?["x"] is not null && Near((double)geometry["x"]!, (double)geometry["y"]!);
    }

    public static (double X, double Y) ToWebMercator(double longitude, double latitude) =>
        (longitude * 20037508.34 / 180, Math.Log(Math.Tan((90 + latitude) * Math.PI / 360)) / (Math.PI / 180) * 20037508.34 / 180);

    private static (double Longitude, double Latitude) FromWebMercator(double x, double y) =>
        (x / 20037508.34 * 180, Math.Atan(Math.Exp(y / 20037508.34 * Math.PI)) * 360 / Math.PI - 90);

    private bool Near(double longitude, double latitude) => _meters == 0 ? longitude == _longitude && latitude == _latitude : Distance(longitude, latitude) <= _meters;

    private double Distance(double longitude, double latitude)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(latitude - _latitude);
        var dLon = Radians(longitude - _longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(_latitude)) * Math.Cos(Radians(latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Sqrt(a));
    }

    /// <summary>Even-odd ray casting over every ring, so a hole takes its area back out.</summary>
    private bool InsidePolygon(JsonArray rings)
    {
        var inside = false;
        foreach (var ring in rings.OfType<JsonArray>())
        {
            var vertices = ring.Select(vertex => ((double)vertex![0]!, (double)vertex[1]!)).ToList();
            for (int i = 0, j = vertices.Count - 1; i < vertices.Count; j = i++)
            {
                var (xi, yi) = vertices[i];
                var (xj, yj) = vertices[j];
                if ((yi > _latitude) != (yj > _latitude) && _longitude < (xj - xi) * (_latitude - yi) / (yj - yi) + xi)
                {
                    inside = !inside;
                }
            }
        }

        return inside;
    }
}
