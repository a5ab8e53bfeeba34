namespace BostonInfo.Skill.CityData.Geocoding;

/// <summary>
/// The answer of findAddressCandidates (f=json).
/// See https://developers.arcgis.com/rest/geocode/find-address-candidates/
/// </summary>
public sealed class GeocodeResponse
{
    public List<GeocodeCandidate> Candidates { get; init; } = [];
}
