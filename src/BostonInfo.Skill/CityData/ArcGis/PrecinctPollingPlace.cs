using System.Globalization;

namespace BostonInfo.Skill.CityData.ArcGis;

/// <summary>One row of the polling places layer: a ward and precinct, and where it votes.</summary>
public sealed record PrecinctPollingPlace(int Ward, int Precinct, PollingPlace Place)
{
    /// <summary>Null for a row without a ward, a precinct, a name or an address.</summary>
    public static PrecinctPollingPlace? From(Feature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return int.TryParse(feature.Text("Ward"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ward) &&
            int.TryParse(feature.Text("Precinct"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var precinct) &&
            PollingPlace.From(feature) is { } place
                ? new PrecinctPollingPlace(ward, precinct, place)
                : null;
    }
}
