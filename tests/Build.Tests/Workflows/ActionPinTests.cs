using System.Text.RegularExpressions;

namespace Build.Tests.Workflows;

/// <summary>
/// Every action is pinned by commit, with its version in a comment on the same line: a tag can be moved to other
/// code, a commit cannot, and the comment is what Dependabot updates beside the hash.
/// </summary>
public sealed partial class ActionPinTests
{
    private static IEnumerable<string> Files => GitHubFile.All.Select(file => file.Name);

    [TestCaseSource(nameof(Files))]
    public void EveryActionFromAnotherRepository_IsPinnedByCommitWithItsVersionBeside(string name)
    {
        var file = GitHubFile.Load(name);
        var remote = file.Text.Split('\n')
            .Select(line => UsesLine().Match(line))
            .Where(match => match.Success && !match.Groups["target"].Value.StartsWith("./", StringComparison.Ordinal))
            .ToList();

        Assert.That(remote.Where(match => !PinnedWithVersion().IsMatch(match.Groups["target"].Value + match.Groups["rest"].Value)).Select(match => match.Value.Trim()),
            Is.Empty, "owner/repo@<40 hex digits> # vX.Y.Z");
    }

    [Test]
    public void PinCheck_RefusesATagAShortHashAndAMissingVersion()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PinnedWithVersion().IsMatch("actions/checkout@v7"), Is.False);
            Assert.That(PinnedWithVersion().IsMatch("actions/checkout@3d3c42e # v7.0.1"), Is.False);
            Assert.That(PinnedWithVersion().IsMatch("actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1"), Is.False);
            Assert.That(PinnedWithVersion().IsMatch("actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1"), Is.True);
        });
    }

    [Test]
    public void OneAction_IsPinnedToOneCommitEverywhere()
    {
        var pins = GitHubFile.All.SelectMany(file => file.Text.Split('\n').Select(line => UsesLine().Match(line)).Where(match => match.Success))
            .Select(match => match.Groups["target"].Value.Split('@'))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0], parts => parts[1]);

        Assert.That(pins.Where(pin => pin.Distinct().Count() > 1).Select(pin => pin.Key), Is.Empty);
    }

    [Test]
    public void DotnetSdk_IsPinnedToOneExactVersion()
    {
        // The release jobs rebuild the package and require the bytes CI built: only the same compiler gives them.
        var setup = GitHubFile.Load(Path.Combine(".github", "actions", "setup-dotnet", "action.yml")).Steps.Single(step => step.Text("uses")?.StartsWith("actions/setup-dotnet@") == true);

        Assert.That(setup.Text("with", "dotnet-version"), Does.Match(@"^10\.0\.\d{3}$"));
    }

    [GeneratedRegex(@"^\s*(-\s+)?uses:\s+(?<target>\S+)(?<rest>.*)$")]
    private static partial Regex UsesLine();

    [GeneratedRegex(@"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40} # v\d+(\.\d+){0,2}$")]
    private static partial Regex PinnedWithVersion();
}
