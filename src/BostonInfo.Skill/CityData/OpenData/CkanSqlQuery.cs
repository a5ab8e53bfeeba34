namespace BostonInfo.Skill.CityData.OpenData;

/// <summary>
/// The body of a POST to datastore_search_sql. Analyze Boston's firewall refuses SQL in a GET query string,
/// so the statement travels as JSON (docs/city-data.md).
/// </summary>
public sealed record CkanSqlQuery(string Sql);
