using System.Globalization;
using BostonInfo.Skill.CityData.Http;

namespace BostonInfo.Skill.CityData.ReCollect;

/// <summary>
/// ReCollect (BOSTON_RECOLLECT_URL), which publishes Boston's trash and recycling schedules. Its endpoints are
/// undocumented; paths and fields are those the original skill used (skill-survey.md §2.6).
/// </summary>
public sealed class ReCollectClient
{
    /// <summary>ReCollect's id of Boston's trash and recycling service.</summary>
    public const int BostonTrashService = 310;

    private readonly UpstreamHttp _http;

    public ReCollectClient(UpstreamHttp http) => _http = http ?? throw new ArgumentNullException(nameof(http));

    /// <summary>GET api/areas/Boston/services/310/address-suggest?q=…&amp;locale=en-US: places matching a street address.</summary>
    public Task<List<ReCollectSuggestion>> SuggestAddressesAsync(string query, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        return _http.GetJsonAsync(
            $"api/areas/Boston/services/{BostonTrashService}/address-suggest?q={Uri.EscapeDataString(query)}&locale=en-US",
            CityDataJsonContext.Default.ListReCollectSuggestion,
            cancellationToken);
    }

    /// <summary>
    /// GET api/places with the suggestion's fields (its name as formatted_address): the place's next
    /// collection event. Returns the zone title, or null when the answer has none.
    /// </summary>
    public async Task<string?> GetZoneTitleAsync(ReCollectSuggestion place, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        var fields = new (string Name, string? Value)[]
        {
            ("formatted_address", place.Name),
            ("area_name", place.AreaName),
            ("parcel_id", place.ParcelId),
            ("service_id", place.ServiceId?.ToString(CultureInfo.InvariantCulture)),
            ("place_id", place.PlaceId),
            ("area_id", place.AreaId?.ToString(CultureInfo.InvariantCulture)),
        };
        var query = string.Join('&', fields.Where(field => field.Value is not null)
            .Select(field => $"{field.Name}={Uri.EscapeDataString(field.Value!)}"));
        var answer = await _http.GetJsonAsync($"api/places?{query}", CityDataJsonContext.Default.ReCollectPlace, cancellationToken)
            .ConfigureAwait(false);
        return answer.NextEvent?.Zone?.Title;
    }
}
