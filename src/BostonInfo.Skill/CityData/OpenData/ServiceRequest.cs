using System.Text.Json.Serialization;

namespace BostonInfo.Skill.CityData.OpenData;

/// <summary>
/// One row of a 311 table, in either schema: the legacy tables' (open_dt, location_street_name, subject, type)
/// or the new system's (open_date, street_name, assigned_department, service_name). Each property reads
/// whichever the row has.
/// </summary>
public sealed class ServiceRequest
{
    [JsonIgnore]
    public string? OpenedAt => OpenDt ?? OpenDate;

    [JsonIgnore]
    public string? Street => LocationStreetName ?? StreetName;

    /// <summary>The department, e.g. "Public Works Department".</summary>
    [JsonIgnore]
    public string? Subject => LegacySubject ?? AssignedDepartment;

    /// <summary>The kind of request, e.g. "Request for Pothole Repair".</summary>
    [JsonIgnore]
    public string? Type => LegacyType ?? ServiceName;

    [JsonPropertyName("open_dt")]
    public string? OpenDt { get; init; }

    [JsonPropertyName("open_date")]
    public string? OpenDate { get; init; }

    [JsonPropertyName("location_street_name")]
    public string? LocationStreetName { get; init; }

    [JsonPropertyName("street_name")]
    public string? StreetName { get; init; }

    [JsonPropertyName("subject")]
    public string? LegacySubject { get; init; }

    [JsonPropertyName("assigned_department")]
    public string? AssignedDepartment { get; init; }

    [JsonPropertyName("type")]
    public string? LegacyType { get; init; }

    [JsonPropertyName("service_name")]
    public string? ServiceName { get; init; }
}
