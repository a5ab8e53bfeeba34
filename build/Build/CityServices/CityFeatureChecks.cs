using System.Globalization;
using BostonInfo.Skill.CityData;

namespace Build.CityServices;

/// <summary>
/// Each feature's check, about one known Boston address: 1000 Dorchester Avenue (a street address in Dorchester
/// that the geocoder, ReCollect and the precinct layer all know). Location checks use its point directly, so a
/// broken geocoder shows as one row, not as every location feature.
/// </summary>
public static class CityFeatureChecks
{
    public const string Address = "1000 Dorchester Ave, Boston, MA 02125";
    public const string StreetAddress = "1000 Dorchester Ave";
    public static readonly GeoPoint Point = new(42.316466, -71.056769);

    public static IReadOnlyList<CityFeatureCheck> All { get; } =
    [
        new("Addresses (geocoder)", "ArcGIS World geocoder", async (city, ct) =>
        {
            var candidates = await city.Geocoder.FindAddressCandidatesAsync(Address, ct);
            return candidates.Count > 0 ? $"{candidates.Count} candidate(s), best in {candidates[0].Attributes.City}" : throw Empty("no candidate");
        }),
        new("Trash day", "ReCollect", async (city, ct) =>
        {
            var places = await city.ReCollect.SuggestAddressesAsync(StreetAddress, ct);
            var first = places.FirstOrDefault() ?? throw Empty("no place matches");
            return await city.ReCollect.GetZoneTitleAsync(first, ct) is { } zone ? $"zone {zone}" : throw Empty("the place has no next collection");
        }),
        new("Voting", "ArcGIS precincts and polling places", async (city, ct) =>
        {
            var wardPrecinct = await city.Features.GetWardPrecinctAsync(Point, ct) ?? throw Empty("no precinct contains the address");
            var ward = int.Parse(wardPrecinct[..2], CultureInfo.InvariantCulture);
            var precinct = int.Parse(wardPrecinct[2..], CultureInfo.InvariantCulture);
            var places = await city.Features.GetPollingPlacesAsync(ct);
            var place = places.FirstOrDefault(p => p.Ward == ward && p.Precinct == precinct) ?? throw Empty($"no polling place for ward {ward}, precinct {precinct}");
            return $"ward {ward}, precinct {precinct}: {place.Place.Name}";
        }),
        new("Snow parking", "ArcGIS snow emergency parking", async (city, ct) =>
        {
            var lots = await city.Features.GetSnowParkingLotsAsync(ct);
            return lots.Count > 0 ? $"{lots.Count} lots" : throw Empty("no lot with a name, address and point");
        }),
        new("Crime reports", "Analyze Boston (CKAN SQL)", async (city, ct) =>
            $"{(await city.OpenData.GetRecentCrimeIncidentsAsync(Point, 0.5, 5, ct)).Count} recent report(s) nearby"),
        new("311 reports", "Analyze Boston (CKAN)", async (city, ct) =>
        {
            var table = await city.OpenData.GetCurrentServiceRequestsTableAsync(ct);
            var reports = await city.OpenData.GetLatestServiceRequestsAsync(table, 3, ct);
            return reports is [{ OpenedAt: { } opened }, ..]
                ? $"newest opened {opened}"
                : throw Empty($"table {table.ResourceId} has no report with a {table.OpenedColumn}");
        }),
        new("Food trucks", "ArcGIS food truck schedule", async (city, ct) =>
            $"{(await city.Features.GetFoodTrucksNearAsync(Point, 1, ct)).Count} stop(s) within a mile"),
        new("Farmers markets", "ArcGIS farmers markets", async (city, ct) =>
        {
            var markets = await city.Features.GetFarmersMarketsAsync(ct);
            return markets.Count > 0 ? $"{markets.Count} market days" : throw Empty("no market with a name and weekday");
        }),
        new("City alerts", "boston.gov home page", async (city, ct) =>
        {
            var status = await city.BostonGov.GetHomePageStatusAsync(ct);
            return $"{status.Services.Count} service tile(s){(status.Banner is null ? "" : " and a banner")}";
        }),
    ];

    /// <summary>An answer in the expected shape that still lacks what the feature needs (renamed fields, say).</summary>
    private static InvalidDataException Empty(string problem) => new(problem);
}
