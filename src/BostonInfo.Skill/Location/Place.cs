using BostonInfo.Skill.CityData;

namespace BostonInfo.Skill.Location;

/// <summary>
/// Where the user asked about, known to be in Boston. Personal data: never log it.
/// </summary>
/// <param name="StreetAddress">"1000 Dorchester Ave" as the geocoder matched it; null for a device position.</param>
/// <param name="Point">The WGS84 point.</param>
/// <param name="Neighborhood">The neighbourhood the geocoder named, when it did.</param>
public sealed record Place(string? StreetAddress, GeoPoint Point, string? Neighborhood)
{
    /// <summary>The ZIP code the geocoder named, when it did.</summary>
    public string? PostalCode { get; init; }

    /// <summary>
    /// True when the geocoder matched a house number on a street (a building), false for the centre of a street,
    /// a ZIP code or an area, and for a device position.
    /// </summary>
    public bool IsStreetAddress { get; init; }

    public override string ToString() => "Place";
}
