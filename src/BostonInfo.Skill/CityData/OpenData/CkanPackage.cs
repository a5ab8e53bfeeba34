namespace BostonInfo.Skill.CityData.OpenData;

/// <summary>A CKAN dataset: here, its resources (the 311 dataset has one table per year).</summary>
public sealed class CkanPackage
{
    public List<CkanResource> Resources { get; init; } = [];
}
