using System.Globalization;
using BostonInfo.Skill.CityData.Http;

namespace BostonInfo.Skill.CityData.OpenData;

/// <summary>
/// Analyze Boston (BOSTON_OPENDATA_URL), the city's CKAN portal: DataStore searches on the crime incident and
/// 311 tables. See https://docs.ckan.org/en/latest/maintaining/datastore.html#the-datastore-api
/// </summary>
public sealed class OpenDataClient
{
    /// <summary>The crime incident reports (August 2015 to date) resource.</summary>
    public const string CrimeIncidentsResource = "12cb3883-56f5-47de-afa5-3b1cf61b257b";

    /// <summary>The 311 service requests dataset: one DataStore table per year, a new one each January.</summary>
    public const string ServiceRequestsDataset = "311-service-requests";

    private readonly UpstreamHttp _http;

    public OpenDataClient(UpstreamHttp http) => _http = http ?? throw new ArgumentNullException(nameof(http));

    /// <summary>
    /// GET api/3/action/datastore_search_sql: the newest incidents within a box of about
    /// <paramref name="radiusMiles"/> around a point, newest first.
    /// </summary>
    public async Task<IReadOnlyList<CrimeIncident>> GetRecentCrimeIncidentsAsync(
        GeoPoint near, double radiusMiles, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var latitudeDelta = radiusMiles / 69.0;
        var longitudeDelta = radiusMiles / (69.0 * Math.Cos(near.Latitude * Math.PI / 180));
        // The coordinate columns may be text: cast them, and treat blanks as unknown rather than failing the query.
        var sql = string.Create(CultureInfo.InvariantCulture,
            $"""SELECT "OCCURRED_ON_DATE", "STREET", "OFFENSE_DESCRIPTION", "OFFENSE_CODE_GROUP" FROM "{CrimeIncidentsResource}" """ +
            $"""WHERE CAST(NULLIF(CAST("Lat" AS text), '') AS double precision) BETWEEN {near.Latitude - latitudeDelta:F5} AND {near.Latitude + latitudeDelta:F5} """ +
            $"""AND CAST(NULLIF(CAST("Long" AS text), '') AS double precision) BETWEEN {near.Longitude - longitudeDelta:F5} AND {near.Longitude + longitudeDelta:F5} """ +
            $"""ORDER BY "OCCURRED_ON_DATE" DESC LIMIT {limit}""");
        var response = await _http.GetJsonAsync(
            $"api/3/action/datastore_search_sql?sql={Uri.EscapeDataString(sql)}",
            CityDataJsonContext.Default.CkanResponseCrimeIncident,
            cancellationToken).ConfigureAwait(false);
        return Records(response);
    }

    /// <summary>
    /// GET api/3/action/package_show: the id of the 311 dataset's newest searchable table (the original skill
    /// read a fixed 2020 table, whose "latest" reports were years old).
    /// </summary>
    public async Task<string> GetCurrentServiceRequestsResourceAsync(CancellationToken cancellationToken)
    {
        var response = await _http.GetJsonAsync(
            $"api/3/action/package_show?id={ServiceRequestsDataset}", CityDataJsonContext.Default.CkanPackageResponse, cancellationToken)
            .ConfigureAwait(false);
        return response is { Success: true, Result: { } package }
            && package.Resources.Where(resource => resource.DatastoreActive && resource.Id.Length > 0)
                .MaxBy(resource => resource.Created, StringComparer.Ordinal) is { } newest
            ? newest.Id
            : throw new UpstreamException(_http.Name, "lists no searchable 311 table");
    }

    /// <summary>GET api/3/action/datastore_search: the newest 311 requests of a table, newest first.</summary>
    public async Task<IReadOnlyList<ServiceRequest>> GetLatestServiceRequestsAsync(string resource, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resource);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var response = await _http.GetJsonAsync(
            $"api/3/action/datastore_search?resource_id={Uri.EscapeDataString(resource)}&limit={limit.ToString(CultureInfo.InvariantCulture)}" +
            $"&sort={Uri.EscapeDataString("open_dt desc")}",
            CityDataJsonContext.Default.CkanResponseServiceRequest,
            cancellationToken).ConfigureAwait(false);
        return Records(response);
    }

    private List<TRecord> Records<TRecord>(CkanResponse<TRecord> response) =>
        response is { Success: true, Result: { } result }
            ? result.Records
            : throw new UpstreamException(_http.Name, "answered success: false");
}
