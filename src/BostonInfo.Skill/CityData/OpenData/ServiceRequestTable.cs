namespace BostonInfo.Skill.CityData.OpenData;

/// <summary>
/// A 311 table and the column its requests' opening time is in: the legacy tables (one per year) call it
/// open_dt, the new system's table (October 2025 on) open_date (docs/city-data.md).
/// </summary>
public sealed record ServiceRequestTable(string ResourceId, string OpenedColumn)
{
    public const string LegacyOpenedColumn = "open_dt";
    public const string NewSystemOpenedColumn = "open_date";

    /// <summary>How the dataset names the new system's table: "311 Service Requests - NEW SYSTEM".</summary>
    public const string NewSystemNameMark = "NEW SYSTEM";

    public static ServiceRequestTable For(CkanResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return new ServiceRequestTable(resource.Id, IsNewSystem(resource) ? NewSystemOpenedColumn : LegacyOpenedColumn);
    }

    public static bool IsNewSystem(CkanResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.Name?.Contains(NewSystemNameMark, StringComparison.OrdinalIgnoreCase) == true;
    }
}
