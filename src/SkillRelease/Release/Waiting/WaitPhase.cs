namespace SkillRelease.Release.Waiting;

/// <summary>Where a long wait is: begun, still going (reported at a steady interval), or over (either way).</summary>
public enum WaitPhase
{
    Started,
    Waiting,
    Finished,
}
