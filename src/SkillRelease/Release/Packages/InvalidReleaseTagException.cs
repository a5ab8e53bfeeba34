namespace SkillRelease.Release.Packages;

public sealed class InvalidReleaseTagException(string? tag)
    : Exception(tag is null
        ? "No release tag: a release needs one, 'v' and a semantic version, e.g. v1.2.0."
        : $"'{tag}' is not a release tag: it must be 'v' and a semantic version, e.g. v1.2.0 or v1.2.0-rc.1.");
