namespace SkillRelease.Smapi.Model;

/// <summary>Statuses of asynchronous updates and certifications (validations say SUCCESSFUL instead).</summary>
public static class UpdateStatuses
{
    public const string InProgress = "IN_PROGRESS";
    public const string Succeeded = "SUCCEEDED";
    public const string Failed = "FAILED";
    public const string Cancelled = "CANCELLED";
    public const string Successful = "SUCCESSFUL";

    /// <summary>Publications only: a publish with a future <c>publishesAtDate</c> (smapi-contract.md §7.4).</summary>
    public const string Scheduled = "SCHEDULED";
}
