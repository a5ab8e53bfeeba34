using Microsoft.Extensions.Logging;
using SkillRelease.Release.Execution;
using SkillRelease.Release.Steps;

namespace Build.Rehearsal;

/// <summary>Prints, under each step the engine starts, the manual runbook step it replaces (<see cref="RunbookLines"/>).</summary>
public sealed class RunbookNarration(ILogger logger) : IStepObserver
{
    public void Starting(Step step)
    {
        if (RunbookLines.For(step) is { } line)
        {
            logger.Log(LogLevel.Information, "{Line}", $"      replaces the runbook's: {line}");
        }
    }
}
