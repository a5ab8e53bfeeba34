using SkillRelease.Release.Packages;

namespace SkillRelease.Release.State;

/// <summary>
/// A published version's description as <see cref="AliasDescription.ForVersion"/> writes it: the release, the UTC date
/// and the short commit, <c>v1.2.0 2026-11-26 abc1234</c>; a promote's release reads <c>v1.2.0+def5678</c>.
/// </summary>
public sealed record VersionDescription(string? Release, string? ShortCommit)
{
    public static VersionDescription Parse(string? text)
    {
        var parts = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new VersionDescription(parts.ElementAtOrDefault(0), parts.Length >= 3 ? parts[2] : null);
    }

    /// <summary>A ref GitHub accepts for a deployment: the release when it is a plain tag (as pushed: no <c>+</c>),
    /// else the short commit; null when the description records neither.</summary>
    public string? GitRef => Release is { } release && !release.Contains('+', StringComparison.Ordinal) && IsTag(release) ? release : ShortCommit;

    private static bool IsTag(string text)
    {
        try
        {
            ReleaseTag.Parse(text);
            return true;
        }
        catch (InvalidReleaseTagException)
        {
            return false;
        }
    }
}
