namespace BostonInfo.Skill.CityData.ArcGis;

/// <summary>Where a precinct votes: the building's name and street address.</summary>
public sealed record PollingPlace(string Name, string Address)
{
    /// <summary>Null for a row without a name or address. The layer writes some with stray hyphens.</summary>
    public static PollingPlace? From(Feature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        var name = feature.Text("Location2")?.Replace("-", " ", StringComparison.Ordinal).Trim();
        var address = feature.Text("Location3")?.Replace("-", " ", StringComparison.Ordinal).Trim();
        return string.IsNullOrEmpty(name) || string.IsNullOrEmpty(address) ? null : new PollingPlace(name, address);
    }
}
