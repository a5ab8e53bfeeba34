using Microsoft.Extensions.Logging;
using SkillRelease.Release.Waiting;

namespace Build.Release;

/// <summary>
/// A wait's progress as log lines, for output that is not a terminal (GitHub's job log): one line each time the
/// engine reports that the wait goes on, none for its start or end, which the step lines already show.
/// </summary>
public sealed class WaitProgressLog(ILogger logger) : IProgress<WaitProgress>
{
    public void Report(WaitProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Phase == WaitPhase.Waiting)
        {
            logger.Log(LogLevel.Information, "{Line}", WaitProgressText.Line(value));
        }
    }
}
