using System.Text.RegularExpressions;
using SkillRelease.GitHub;

namespace SkillRelease.Release.Packages;

/// <summary>A release tag: <c>v</c> followed by a semantic version (https://semver.org), e.g. v1.2.0 or v2.0.0-rc.1.</summary>
public sealed partial record ReleaseTag
{
    private ReleaseTag(string value) => Value = value;

    public string Value { get; }

    public static ReleaseTag Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !SemVer().IsMatch(text))
        {
            throw new InvalidReleaseTagException(text);
        }

        return new ReleaseTag(text);
    }

    /// <summary>The tag from <c>GITHUB_REF</c> when it is <c>refs/tags/v…</c>; null otherwise.</summary>
    public static string? FromGitRef(string? gitRef) =>
        gitRef is not null && gitRef.StartsWith(GitHubWire.TagRefPrefix + "v", StringComparison.Ordinal) ? gitRef[GitHubWire.TagRefPrefix.Length..] : null;

    public override string ToString() => Value;

    // semver.org's regular expression, with the leading "v".
    [GeneratedRegex(@"^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$")]
    private static partial Regex SemVer();
}
