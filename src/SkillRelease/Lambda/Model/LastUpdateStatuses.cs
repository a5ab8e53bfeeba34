namespace SkillRelease.Lambda.Model;

public static class LastUpdateStatuses
{
    public const string Successful = "Successful";
    public const string Failed = "Failed";
    public const string InProgress = "InProgress";
}
