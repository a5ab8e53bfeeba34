using System.Text.RegularExpressions;
using SkillRelease.GitHub;

namespace SkillRelease.Simulator.GitHub;

/// <summary>
/// Which refs the simulated repository can resolve, since it holds no git objects: its branches
/// (<see cref="SimulatorOptions.GitHubBranches"/>), release tags <c>vX.Y.Z</c> (the release workflow only runs on a
/// pushed tag, so every such tag is taken as pushed), the tags of its releases, and anything shaped like a commit SHA
/// (7 to 40 hex digits). GitHub refuses a deployment of any other ref with 422 "No ref found for: REF".
/// </summary>
internal sealed partial class GitRefs(IReadOnlyCollection<string> branches)
{
    public bool Resolves(string gitRef, GitHubRepository repository)
    {
        var name = gitRef.StartsWith(GitHubWire.BranchRefPrefix, StringComparison.Ordinal) ? gitRef[GitHubWire.BranchRefPrefix.Length..]
            : gitRef.StartsWith(GitHubWire.TagRefPrefix, StringComparison.Ordinal) ? gitRef[GitHubWire.TagRefPrefix.Length..]
            : gitRef;
        return branches.Contains(name) || ReleaseTag().IsMatch(name) || CommitSha().IsMatch(name) || repository.Releases.Any(r => r.TagName == name);
    }

    [GeneratedRegex(@"^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex ReleaseTag();

    [GeneratedRegex("^[0-9a-fA-F]{7,40}$")]
    private static partial Regex CommitSha();
}
