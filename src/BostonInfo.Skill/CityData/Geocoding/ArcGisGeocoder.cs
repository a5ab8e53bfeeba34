using System.Globalization;
using BostonInfo.Skill.CityData.Http;

namespace BostonInfo.Skill.CityData.Geocoding;

/// <summary>
/// The ArcGIS World geocoding service (BOSTON_GEOCODER_URL): an address to candidate points, and a point back
/// to the place it is in.
/// </summary>
public sealed class ArcGisGeocoder
{
    private readonly UpstreamHttp _http;

    public ArcGisGeocoder(UpstreamHttp http) => _http = http ?? throw new ArgumentNullException(nameof(http));

    /// <summary>
    /// Candidates for a one-line address, best first.
    /// See https://developers.arcgis.com/rest/geocode/find-address-candidates/
    /// </summary>
    public async Task<IReadOnlyList<GeocodeCandidate>> FindAddressCandidatesAsync(string singleLine, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(singleLine);
        var query = $"findAddressCandidates?f=json&singleLine={Uri.EscapeDataString(singleLine)}" +
            "&outFields=Match_addr,Addr_type,City,Region,Postal&outSR=4326&maxLocations=10";
        var response = await _http.GetJsonAsync(query, CityDataJsonContext.Default.GeocodeResponse, cancellationToken).ConfigureAwait(false);
        return response.Candidates.Where(candidate => candidate.Location is not null).OrderByDescending(candidate => candidate.Score).ToList();
    }

    /// <summary>
    /// The address at a point.
    /// See https://developers.arcgis.com/rest/geocode/reverse-geocode/
    /// </summary>
    public async Task<ReverseGeocodeAddress?> ReverseGeocodeAsync(GeoPoint point, CancellationToken cancellationToken)
    {
        var location = string.Create(CultureInfo.InvariantCulture, $"{point.Longitude},{point.Latitude}");
        var query = $"reverseGeocode?f=json&location={Uri.EscapeDataString(location)}&outSR=4326";
        var response = await _http.GetJsonAsync(query, CityDataJsonContext.Default.ReverseGeocodeResponse, cancellationToken).ConfigureAwait(false);
        return response.Address;
    }
}
