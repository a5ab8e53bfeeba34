namespace BostonInfo.Skill.CityData.OpenData;

/// <summary>
/// The answer of package_show: a dataset and its resources.
/// See https://docs.ckan.org/en/latest/api/#ckan.logic.action.get.package_show
/// </summary>
public sealed class CkanPackageResponse
{
    public bool Success { get; init; }

    public CkanPackage? Result { get; init; }
}
