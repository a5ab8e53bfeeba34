namespace SkillRelease.Release.Steps;

/// <summary>A step could not complete; the message says what happened and what to do.</summary>
public sealed class StepFailedException(string message, Exception? inner = null) : Exception(message, inner);
