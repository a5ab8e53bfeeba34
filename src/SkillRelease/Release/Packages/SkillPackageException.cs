namespace SkillRelease.Release.Packages;

/// <summary>The skill-package folder is malformed; says which file and what to fix.</summary>
public sealed class SkillPackageException(string message) : Exception(message);
