namespace BostonInfo.Skill.CityData.ArcGis;

/// <summary>One row of the food truck schedule: which truck, where, when, on which weekday.</summary>
public sealed record FoodTruckStop(string Truck, string Location, string? Hours, string Day, GeoPoint? Point)
{
    /// <summary>Null for a row without a truck, place or day. Older rows call the place "Loc".</summary>
    public static FoodTruckStop? From(Feature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var truck = feature.Text("Truck");
        var location = feature.Text("Location") ?? feature.Text("Loc");
        var day = feature.Text("Day");
        return truck is null || location is null || day is null ? null : new FoodTruckStop(truck, location, feature.Text("Hours"), day, feature.Point);
    }
}
