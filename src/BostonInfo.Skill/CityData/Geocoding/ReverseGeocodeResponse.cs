namespace BostonInfo.Skill.CityData.Geocoding;

/// <summary>
/// The answer of reverseGeocode (f=json): the address nearest to a point.
/// See https://developers.arcgis.com/rest/geocode/reverse-geocode/
/// </summary>
public sealed class ReverseGeocodeResponse
{
    public ReverseGeocodeAddress? Address { get; init; }
}
