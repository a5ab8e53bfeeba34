namespace SkillRelease.Release.Planning;

/// <summary>The planner will not do what was asked in this state; nothing was written. The message says why and what to do.</summary>
public sealed class ReleaseRefusedException(string message) : Exception(message);
