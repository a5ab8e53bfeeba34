namespace BostonInfo.Skill.CityData.ArcGis;

/// <summary>ArcGIS's error object: a code and a message.</summary>
public sealed class FeatureQueryError
{
    public int Code { get; init; }

    public string? Message { get; init; }
}
