using Microsoft.Extensions.Logging;

namespace SkillRelease.Release.Steps;

internal static class LoggerExtensions
{
    // Messages are complete sentences built by the engine, not templates: no placeholders to parse.
    public static void LogInformationLine(this ILogger logger, string line) => logger.Log(LogLevel.Information, "{Line}", line);

    public static void LogWarningLine(this ILogger logger, string line) => logger.Log(LogLevel.Warning, "{Line}", line);
}
