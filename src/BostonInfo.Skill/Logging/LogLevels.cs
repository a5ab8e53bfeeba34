namespace BostonInfo.Skill.Logging;

/// <summary>The "level" values of a log line.</summary>
public static class LogLevels
{
    public const string Info = "info";
    public const string Warning = "warn";
    public const string Error = "error";
}
