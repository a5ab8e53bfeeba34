namespace SkillRelease.Configuration;

/// <summary>A setting is present but unusable (a malformed URL, an unknown option value).</summary>
public sealed class InvalidSettingException(string message) : Exception(message);
