namespace SkillRelease.Configuration;

/// <summary>Required settings are not set; names every one of them, so a single fix is enough.</summary>
public sealed class MissingSettingsException(IReadOnlyList<string> names)
    : Exception($"Missing setting{(names.Count == 1 ? "" : "s")}: {string.Join(", ", names)}. Set {(names.Count == 1 ? "it" : "them")} as environment variables (in GitHub Actions: repository secrets and variables, see docs/setup.md).")
{
    public IReadOnlyList<string> Names { get; } = names;
}
