namespace SkillRelease.Lambda.Model;

/// <summary>A function configuration's <c>LastUpdateStatus</c> (lambda-contract.md §1.3): InProgress after an update, then Successful or Failed.</summary>
public static class LastUpdateStatuses
{
    public const string Successful = "Successful";
    public const string Failed = "Failed";
    public const string InProgress = "InProgress";
}
