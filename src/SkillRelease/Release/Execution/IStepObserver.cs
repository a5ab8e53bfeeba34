using SkillRelease.Release.Steps;

namespace SkillRelease.Release.Execution;

/// <summary>
/// Told of each step as the engine starts it, just after the step's own line is logged: how a caller adds its own
/// words beside the engine's (the rehearsal names the manual step each one replaces).
/// </summary>
public interface IStepObserver
{
    void Starting(Step step);
}
