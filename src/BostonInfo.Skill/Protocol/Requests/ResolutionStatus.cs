namespace BostonInfo.Skill.Protocol.Requests;

/// <summary>"ER_SUCCESS_MATCH", "ER_SUCCESS_NO_MATCH", "ER_ERROR_TIMEOUT" or "ER_ERROR_EXCEPTION".</summary>
public sealed class ResolutionStatus
{
    public string? Code { get; init; }

    public const string SuccessMatch = "ER_SUCCESS_MATCH";
}
