namespace BostonInfo.Skill.CityData.ArcGis;

/// <summary>One farmers market day: name, address, hours, weekday.</summary>
public sealed record FarmersMarket(string Name, string? Address, string? Hours, string Day)
{
    /// <summary>Null for a row without a name or weekday.</summary>
    public static FarmersMarket? From(Feature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var name = feature.Text("Name");
        var day = feature.Text("Day_of_Week");
        return name is null || day is null ? null : new FarmersMarket(name, feature.Text("Address"), feature.Text("Hours"), day);
    }
}
