namespace BostonInfo.Skill.CityData.OpenData;

/// <summary>
/// The envelope of every CKAN action: success, and the result.
/// See https://docs.ckan.org/en/latest/api/#making-an-api-request
/// </summary>
public sealed class CkanResponse<TRecord>
{
    public bool Success { get; init; }

    public CkanResult<TRecord>? Result { get; init; }

    public CkanError? Error { get; init; }
}
