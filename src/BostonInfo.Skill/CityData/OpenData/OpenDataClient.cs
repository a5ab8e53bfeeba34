using System.Globalization;
using BostonInfo.Skill.CityData.Http;

namespace BostonInfo.Skill.CityData.OpenData;

/// <summary>
/// Analyze Boston (BOSTON_OPENDATA_URL), the city's CKAN portal: DataStore searches on the crime incident and
/// 311 tables. See https://docs.ckan.org/en/latest/maintaining/datastore.html#the-datastore-api
/// </summary>
public sealed class OpenDataClient
{
    /// <summary>
    /// The crime incident reports table for 2023 to date, in the dataset
    /// crime-incident-reports-august-2015-to-date-source-new-system (one table per period; the original's
    /// 12cb3883-… table is no longer the current one). See docs/city-data.md.
    /// </summary>
    public const string CrimeIncidentsResource = "b973d8cb-eeb2-4e7e-99da-c92938efc9c0";

    /// <summary>The 311 service requests dataset: one DataStore table per year, a new one each January.</summary>
    public const string ServiceRequestsDataset = "311-service-requests";

    private readonly UpstreamHttp _http;

    public OpenDataClient(UpstreamHttp http) => _http = http ?? throw new ArgumentNullException(nameof(http));

    /// <summary>
    /// POST api/3/action/datastore_search_sql: the newest incidents within a box of about
    /// <paramref name="radiusMiles"/> around a point, newest first.
    /// </summary>
    public async Task<IReadOnlyList<CrimeIncident>> GetRecentCrimeIncidentsAsync(
        GeoPoint near, double radiusMiles, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var latitudeDelta = radiusMiles / 69.0;
        var longitudeDelta = radiusMiles / (69.0 * Math.Cos(near.Latitude * Math.PI / 180));
        var sql = string.Create(CultureInfo.InvariantCulture,
            $"""SELECT "OCCURRED_ON_DATE", "STREET", "OFFENSE_DESCRIPTION", "OFFENSE_CODE_GROUP" FROM "{CrimeIncidentsResource}" """ +
            $"""WHERE {Coordinate("Lat")} BETWEEN {near.Latitude - latitudeDelta:F5} AND {near.Latitude + latitudeDelta:F5} """ +
            $"""AND {Coordinate("Long")} BETWEEN {near.Longitude - longitudeDelta:F5} AND {near.Longitude + longitudeDelta:F5} """ +
            $"""ORDER BY "OCCURRED_ON_DATE" DESC LIMIT {limit}""");
        var response = await _http.PostJsonForJsonAsync(
            "api/3/action/datastore_search_sql",
            new CkanSqlQuery(sql),
            CityDataJsonContext.Default.CkanSqlQuery,
            CityDataJsonContext.Default.CkanResponseCrimeIncident,
            cancellationToken).ConfigureAwait(false);
        return Records(response);
    }

    /// <summary>
    /// A text coordinate column as a number, null when blank or not a number. The columns are text, and CKAN
    /// refuses SQL functions outside its allowlist (CAST and NULLIF among them), so this uses only the ::
    /// operator and CASE, which evaluates its condition first (a bare cast of a blank would fail the query).
    /// </summary>
    private static string Coordinate(string column) =>
        $"""(CASE WHEN "{column}"::text ~ '^-?[0-9]+([.][0-9]+)?$' THEN "{column}"::text::double precision END)""";

    /// <summary>
    /// GET api/3/action/package_show: the 311 dataset's current searchable table (the original skill read a
    /// fixed 2020 table, whose "latest" reports were years old): the new system's table when the dataset has
    /// one, as the city is moving every request type to it, otherwise the newest yearly table.
    /// </summary>
    public async Task<ServiceRequestTable> GetCurrentServiceRequestsTableAsync(CancellationToken cancellationToken)
    {
        var response = await _http.GetJsonAsync(
            $"api/3/action/package_show?id={ServiceRequestsDataset}", CityDataJsonContext.Default.CkanPackageResponse, cancellationToken)
            .ConfigureAwait(false);
        return response is { Success: true, Result: { } package }
            && package.Resources.Where(resource => resource.DatastoreActive && resource.Id.Length > 0)
                .OrderBy(ServiceRequestTable.IsNewSystem)
                .ThenBy(resource => resource.Created, StringComparer.Ordinal)
                .LastOrDefault() is { } current
            ? ServiceRequestTable.For(current)
            : throw new UpstreamException(_http.Name, "lists no searchable 311 table");
    }

    /// <summary>GET api/3/action/datastore_search: the newest 311 requests of a table, newest first.</summary>
    public async Task<IReadOnlyList<ServiceRequest>> GetLatestServiceRequestsAsync(
        ServiceRequestTable table, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var response = await _http.GetJsonAsync(
            $"api/3/action/datastore_search?resource_id={Uri.EscapeDataString(table.ResourceId)}&limit={limit.ToString(CultureInfo.InvariantCulture)}" +
            $"&sort={Uri.EscapeDataString(table.OpenedColumn + " desc")}",
            CityDataJsonContext.Default.CkanResponseServiceRequest,
            cancellationToken).ConfigureAwait(false);
        return Records(response);
    }

    private List<TRecord> Records<TRecord>(CkanResponse<TRecord> response) =>
        response is { Success: true, Result: { } result }
            ? result.Records
            : throw new UpstreamException(_http.Name, $"answered success: false ({response.Error?.Type ?? "no error object"}{(response.Error?.Message is { } message ? ": " + message : "")})");
}
