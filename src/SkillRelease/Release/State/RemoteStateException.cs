namespace SkillRelease.Release.State;

/// <summary>The remote skill is not what the settings say (no such function or skill).</summary>
public sealed class RemoteStateException(string message) : Exception(message);
