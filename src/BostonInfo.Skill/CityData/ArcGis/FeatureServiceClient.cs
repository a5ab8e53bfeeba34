using System.Globalization;
using BostonInfo.Skill.CityData.Http;

namespace BostonInfo.Skill.CityData.ArcGis;

/// <summary>
/// The city's ArcGIS Online feature services (BOSTON_ARCGIS_URL): one query method per layer the skill reads.
/// See https://developers.arcgis.com/rest/services-reference/enterprise/query-feature-service-layer/
/// </summary>
public sealed class FeatureServiceClient
{
    private readonly UpstreamHttp _http;

    public FeatureServiceClient(UpstreamHttp http) => _http = http ?? throw new ArgumentNullException(nameof(http));

    /// <summary>Every food truck schedule row within <paramref name="miles"/> of a point.</summary>
    public async Task<IReadOnlyList<FoodTruckStop>> GetFoodTrucksNearAsync(GeoPoint point, double miles, CancellationToken cancellationToken)
    {
        var features = await QueryAsync(FeatureLayers.FoodTrucks, PointFilter(point) +
            string.Create(CultureInfo.InvariantCulture, $"&distance={miles}&units=esriSRUnit_StatuteMile"), cancellationToken).ConfigureAwait(false);
        return features.Select(FoodTruckStop.From).OfType<FoodTruckStop>().ToList();
    }

    /// <summary>Every farmers market (and fresh food truck) row.</summary>
    public async Task<IReadOnlyList<FarmersMarket>> GetFarmersMarketsAsync(CancellationToken cancellationToken)
    {
        var features = await QueryAsync(FeatureLayers.FarmersMarkets, "", cancellationToken).ConfigureAwait(false);
        return features.Select(FarmersMarket.From).OfType<FarmersMarket>().ToList();
    }

    /// <summary>The ward and precinct a point lies in, as "WWPP" (e.g. "1008"), or null outside every precinct.</summary>
    public async Task<string?> GetWardPrecinctAsync(GeoPoint point, CancellationToken cancellationToken)
    {
        var features = await QueryAsync(FeatureLayers.Precincts, PointFilter(point), cancellationToken, "WARD_PRECINCT").ConfigureAwait(false);
        return features.Select(feature => feature.Text("WARD_PRECINCT")).FirstOrDefault(value => value is { Length: 4 } && value.All(char.IsAsciiDigit));
    }

    /// <summary>
    /// Every precinct's polling place (a few hundred rows, under a layer's record limit): fetched once and kept,
    /// it can be read while the address is still being geocoded.
    /// </summary>
    public async Task<IReadOnlyList<PrecinctPollingPlace>> GetPollingPlacesAsync(CancellationToken cancellationToken)
    {
        var features = await QueryAsync(FeatureLayers.PollingPlaces, "", cancellationToken, "Location2,Location3,Ward,Precinct").ConfigureAwait(false);
        return features.Select(PrecinctPollingPlace.From).OfType<PrecinctPollingPlace>().ToList();
    }

    /// <summary>Every snow emergency parking lot with its point.</summary>
    public async Task<IReadOnlyList<SnowParkingLot>> GetSnowParkingLotsAsync(CancellationToken cancellationToken)
    {
        var features = await QueryAsync(FeatureLayers.SnowParking, "", cancellationToken).ConfigureAwait(false);
        return features.Select(SnowParkingLot.From).OfType<SnowParkingLot>().ToList();
    }

    private static string PointFilter(GeoPoint point) =>
        string.Create(CultureInfo.InvariantCulture,
            $"&geometry={point.Longitude},{point.Latitude}&geometryType=esriGeometryPoint&inSR=4326&spatialRel=esriSpatialRelIntersects");

    private async Task<List<Feature>> QueryAsync(
        string layer, string filter, CancellationToken cancellationToken, string outFields = "*", string where = "1=1")
    {
        var query = $"{layer}/query?f=json&where={Uri.EscapeDataString(where)}&outFields={Uri.EscapeDataString(outFields)}" +
            $"&outSR=4326&returnGeometry=true{filter}";
        var response = await _http.GetJsonAsync(query, CityDataJsonContext.Default.FeatureQueryResponse, cancellationToken).ConfigureAwait(false);
        return response.Error is { } error
            ? throw new UpstreamException(_http.Name, $"answered error {error.Code} for layer {layer}")
            : response.Features;
    }
}
