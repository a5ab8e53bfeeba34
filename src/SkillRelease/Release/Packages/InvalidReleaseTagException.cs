namespace SkillRelease.Release.Packages;

public sealed class InvalidReleaseTagException(string? tag)
    : Exception(tag is null
        ? "No release tag: pass --tag vX.Y.Z (or run from a tag push, where GITHUB_REF is refs/tags/vX.Y.Z)."
        : $"'{tag}' is not a release tag: it must be 'v' and a semantic version, e.g. v1.2.0 or v1.2.0-rc.1.");
