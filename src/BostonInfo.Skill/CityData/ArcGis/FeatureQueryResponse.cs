namespace BostonInfo.Skill.CityData.ArcGis;

/// <summary>
/// The answer of a feature layer query (f=json). ArcGIS reports errors as HTTP 200 with an "error" object.
/// See https://developers.arcgis.com/rest/services-reference/enterprise/query-feature-service-layer/
/// </summary>
public sealed class FeatureQueryResponse
{
    public List<Feature> Features { get; init; } = [];

    public FeatureQueryError? Error { get; init; }
}
