using YamlDotNet.RepresentationModel;

namespace Build.Tests.Workflows;

/// <summary>Dependabot keeps every pinned thing current: the actions, the NuGet packages, each npm package folder.</summary>
public sealed class DependabotTests
{
    private static readonly GitHubFile Dependabot = GitHubFile.Load(Path.Combine(".github", "dependabot.yml"));

    private static IReadOnlyList<YamlNode> Updates => ((YamlSequenceNode)Dependabot.Root.Node("updates")!).Children.ToList();

    [Test]
    public void Dependabot_UpdatesActionsNuGetAndNpmWeekly()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Dependabot.Root.Text("version"), Is.EqualTo("2"));
            Assert.That(Updates.Select(update => update.Text("package-ecosystem")), Is.EquivalentTo(new[] { "github-actions", "nuget", "npm" }));
            Assert.That(Updates.Select(update => update.Text("schedule", "interval")), Has.All.EqualTo("weekly"));
        });
    }

    [Test]
    public void Dependabot_ReadsTheWorkflowsAndEveryLocalAction()
    {
        var directories = Directories("github-actions");

        Assert.Multiple(() =>
        {
            Assert.That(directories, Does.Contain("/"), "/ covers .github/workflows");
            Assert.That(Directory.GetDirectories(Path.Combine(RepositoryFiles.Root, ".github", "actions")).Select(path => $"/.github/actions/{Path.GetFileName(path)}"),
                Has.All.Matches<string>(action => directories.Any(directory => Covers(directory, action))));
        });
    }

    [Test]
    public void Dependabot_ReadsEveryNpmPackageFolder()
    {
        var folders = Directory.GetFiles(RepositoryFiles.Root, "package.json", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(RepositoryFiles.Root, path).Split(Path.DirectorySeparatorChar).Any(part => part is "node_modules" or "bin" or "obj"))
            .Select(path => "/" + Path.GetRelativePath(RepositoryFiles.Root, Path.GetDirectoryName(path)!).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();

        Assert.That(folders, Is.Not.Empty.And.EquivalentTo(Directories("npm")));
    }

    [Test]
    public void Dependabot_ReadsTheCentralNuGetVersions()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Directories("nuget"), Is.EqualTo(new[] { "/" }));
            Assert.That(File.Exists(Path.Combine(RepositoryFiles.Root, "Directory.Packages.props")));
        });
    }

    private static List<string> Directories(string ecosystem)
    {
        var update = Updates.Single(node => node.Text("package-ecosystem") == ecosystem);
        return update.Node("directories").Scalars().Select(scalar => scalar.Value).Concat(update.Text("directory") is { } one ? [one] : []).ToList();
    }

    /// <summary>Dependabot's directories take a trailing * for every folder at that level.</summary>
    private static bool Covers(string directory, string folder) =>
        directory == folder || (directory.EndsWith("/*", StringComparison.Ordinal) && folder.StartsWith(directory[..^1], StringComparison.Ordinal) && !folder[(directory.Length - 1)..].Contains('/'));
}
