namespace SkillRelease.Smapi.Model;

/// <summary>ask-smapi-model <c>v1.skill.RollbackRequestStatusTypes</c>.</summary>
public static class RollbackStatuses
{
    public const string InProgress = "IN_PROGRESS";
    public const string Succeeded = "SUCCEEDED";
    public const string Failed = "FAILED";

    /// <summary>The target version cannot be rolled back to (not certified in the last six months, or not eligible).</summary>
    public const string Ineligible = "INELIGIBLE";
}
