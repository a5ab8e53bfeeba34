using System.Globalization;
using System.Text.Json;
using BostonInfo.Skill.CityData.Geocoding;

namespace BostonInfo.Skill.CityData.ArcGis;

/// <summary>One feature: its attributes (field name → value, as the layer defines them) and its point.</summary>
public sealed class Feature
{
    public Dictionary<string, JsonElement> Attributes { get; init; } = [];

    public MapPoint? Geometry { get; init; }

    /// <summary>A field as text (numbers in invariant form); null when missing, null or blank.</summary>
    public string? Text(string field)
    {
        if (!Attributes.TryGetValue(field, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetDouble().ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>The feature's point, when the query returned geometry in WGS84.</summary>
    public GeoPoint? Point => Geometry is { } point ? new GeoPoint(point.Y, point.X) : null;
}
