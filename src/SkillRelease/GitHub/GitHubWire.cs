namespace SkillRelease.GitHub;

/// <summary>
/// The GitHub wire words the ledger, the release engine and the simulator share: git's fully qualified ref prefixes
/// (what <c>GITHUB_REF</c> and a deployment's <c>ref</c> carry) and the issue states. The REST shapes themselves are
/// Octokit's on the client side. Last checked 2026-11-29 against
/// https://docs.github.com/en/rest/deployments/deployments and https://docs.github.com/en/rest/issues/issues.
/// </summary>
public static class GitHubWire
{
    public const string BranchRefPrefix = "refs/heads/";
    public const string TagRefPrefix = "refs/tags/";

    public const string OpenIssue = "open";
    public const string ClosedIssue = "closed";
}
