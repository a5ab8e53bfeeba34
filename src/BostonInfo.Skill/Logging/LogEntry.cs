namespace BostonInfo.Skill.Logging;

/// <summary>
/// One log line. Every field is something safe to keep in CloudWatch: request types, intent and handler names,
/// timings, error types. There is deliberately no field for a slot value, address, token or coordinate.
/// </summary>
public sealed class LogEntry
{
    public string Level { get; init; } = LogLevels.Info;

    public string Event { get; init; } = "";

    public string? RequestType { get; init; }

    public string? Intent { get; init; }

    public string? Handler { get; init; }

    public double? DurationMs { get; init; }

    /// <summary>Why something was refused or ended (a fixed phrase, or Alexa's reason code).</summary>
    public string? Reason { get; init; }

    public string? ErrorType { get; init; }

    /// <summary>An exception message, already passed through <see cref="PersonalDataRedactor"/>.</summary>
    public string? Error { get; init; }
}
