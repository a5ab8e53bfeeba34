namespace Build.Tests.Workflows;

/// <summary>What reaches a shell, and how the SDK and its packages are set up, in every workflow and local action.</summary>
public sealed class ScriptTests
{
    private static IEnumerable<string> Files => GitHubFile.All.Select(file => file.Name);

    [TestCaseSource(nameof(Files))]
    public void NoRunScript_ExpandsAnExpression(string name)
    {
        var file = GitHubFile.Load(name);
        // ${{ }} is pasted into the script's text before the shell runs it: a branch name, a commit message or even an
        // input could then run as code. Values reach scripts through env: as "$NAME".
        Assert.That(file.Steps.Select(step => step.Text("run")).OfType<string>(), Has.None.Contains("${{"));
    }

    [TestCaseSource(nameof(Files))]
    public void Secrets_AreOnlyEverPassedAsEnvironmentVariables(string name)
    {
        var file = GitHubFile.Load(name);
        Assert.That(file.Root.Scalars().Where(scalar => scalar.Value.Contains("secrets.")).Select(scalar => scalar.Path),
            Has.All.Match("/env/[A-Z_]+$"));
    }

    [Test]
    public void DotnetSetup_CachesNuGetPackagesKeyedOnFilesThatExist()
    {
        var setup = GitHubFile.Load(Path.Combine(".github", "actions", "setup-dotnet", "action.yml")).Steps.Single(step => step.Text("uses")?.StartsWith("actions/setup-dotnet@") == true);
        var keyFiles = setup.Text("with", "cache-dependency-path")!.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Multiple(() =>
        {
            Assert.That(setup.Text("with", "dotnet-version"), Is.EqualTo("10.x"));
            Assert.That(setup.Text("with", "cache"), Is.EqualTo("true"));
            Assert.That(keyFiles, Does.Contain("Directory.Packages.props").And.Contain("global.json"));
            Assert.That(keyFiles.Where(path => !File.Exists(Path.Combine(RepositoryFiles.Root, path))), Is.Empty, "a missing file fails the cache step");
        });
    }

    [Test]
    public void EveryWorkflowThatBuilds_SetsUpDotnetThroughTheCachingAction()
    {
        var building = GitHubFile.All.Where(file => file.Steps.Any(step => step.Text("run")?.Contains("./build.sh") == true)).ToList();

        Assert.That(building.Where(file => !file.Steps.Any(step => step.Text("uses") == "./.github/actions/setup-dotnet")).Select(file => file.Name),
            Is.Empty);
    }
}
