namespace BostonInfo.Skill.CityData.OpenData;

/// <summary>The result of a DataStore search: the rows.</summary>
public sealed class CkanResult<TRecord>
{
    public List<TRecord> Records { get; init; } = [];
}
