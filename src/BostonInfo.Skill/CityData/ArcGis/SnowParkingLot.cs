namespace BostonInfo.Skill.CityData.ArcGis;

/// <summary>A lot that takes cars during a snow emergency.</summary>
public sealed record SnowParkingLot(string Name, string Address, GeoPoint Point, string? Spaces, string? Fee, string? Comments, string? Phone)
{
    /// <summary>Null for a row without a name, address or point.</summary>
    public static SnowParkingLot? From(Feature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var name = feature.Text("Name");
        var address = feature.Text("Address");
        return name is null || address is null || feature.Point is not { } point
            ? null
            : new SnowParkingLot(name, address, point, feature.Text("Spaces"), feature.Text("Fee"), feature.Text("Comments"), feature.Text("Phone"));
    }
}
