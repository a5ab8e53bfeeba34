using System.Text.Json.Serialization;

namespace BostonInfo.Skill.CityData.Geocoding;

/// <summary>The out fields the skill asks for: where the candidate is (city or neighbourhood, state, ZIP).</summary>
public sealed class GeocodeAttributes
{
    /// <summary>For Boston addresses, the neighbourhood ("Dorchester") or "Boston".</summary>
    [JsonPropertyName("City")]
    public string? City { get; init; }

    /// <summary>The state's full name, e.g. "Massachusetts".</summary>
    [JsonPropertyName("Region")]
    public string? Region { get; init; }

    /// <summary>
    /// The match level: PointAddress, Subaddress, StreetAddress and StreetAddressExt are a house number on a street;
    /// StreetName, Postal, Locality and the rest are the centre of a street or an area.
    /// See https://developers.arcgis.com/rest/geocode/api-reference/geocoding-service-output.htm
    /// </summary>
    [JsonPropertyName("Addr_type")]
    public string? AddressType { get; init; }

    [JsonPropertyName("Postal")]
    public string? Postal { get; init; }
}
