using System.Text.RegularExpressions;

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

    [Test]
    public void DotnetSetup_CachesNuGetPackagesKeyedOnFilesThatExist()
    {
        var setup = GitHubFile.Load(Path.Combine(".github", "actions", "setup-dotnet", "action.yml")).Steps.Single(step => step.Text("uses")?.StartsWith("actions/setup-dotnet@") == true);
        var keyFiles = setup.Text("with", "cache-dependency-path")!.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Multiple(() =>
        {
            Assert.That(setup.Text("with", "cache"), Is.EqualTo("${{ inputs.restore-packages }}"));
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

    [Test]
    public void BuildProgramCache_IsKeyedOnExactlyWhatBuildShWatches_AndTellsBuildShSo()
    {
        var action = GitHubFile.Load(Path.Combine(".github", "actions", "setup-dotnet", "action.yml"));
        var cache = action.Steps.Single(step => step.Text("id") == "build-program");
        var buildSh = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "build.sh"));
        var programDir = Regex.Match(buildSh, "program_dir=\"([^\"]+)\"").Groups[1].Value;
        var stamp = Regex.Match(buildSh, "stamp=\"\\$program_dir/([^\"]+)\"").Groups[1].Value;
        var watched = Regex.Match(buildSh, @"find ((?:[\w.]+\s+)+)\\\s*\\\(").Groups[1].Value.Split((char[])[' ', '\n', '\\'], StringSplitOptions.RemoveEmptyEntries);
        var pruned = Regex.Matches(buildSh, @"-name (\w+)").Select(match => match.Groups[1].Value);
        var patterns = Regex.Matches(cache.Text("with", "key")!, "'([^']+)'").Select(match => match.Groups[1].Value).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(watched, Is.Not.Empty, "build.sh's find line was read");
            Assert.That(patterns.Where(pattern => !pattern.StartsWith('!')), Is.EquivalentTo(watched.Select(path => Directory.Exists(Path.Combine(RepositoryFiles.Root, path)) ? $"{path}/**" : path)));
            Assert.That(patterns.Where(pattern => pattern.StartsWith('!')), Is.EquivalentTo(pruned.Select(name => $"!**/{name}/**")));
            Assert.That(cache.Text("with", "path"), Is.EqualTo(programDir));
            Assert.That(action.Steps.Single(step => step.Text("if") == "steps.build-program.outputs.cache-hit == 'true'").Text("run"), Is.EqualTo($"touch {programDir}/{stamp}"));
        });
    }
}
