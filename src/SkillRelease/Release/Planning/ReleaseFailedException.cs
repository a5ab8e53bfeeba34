namespace SkillRelease.Release.Planning;

/// <summary>The plan was applied, but what it found must turn the run red (a failed certification).</summary>
public sealed class ReleaseFailedException(string message) : Exception(message);
