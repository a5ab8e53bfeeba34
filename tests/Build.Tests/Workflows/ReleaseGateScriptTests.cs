namespace Build.Tests.Workflows;

/// <summary>
/// The scripts the workflows run around the release tasks, run for real (bash, git, jq) in a scratch repository,
/// with a stand-in for the GitHub CLI that records its calls and answers with the REST API's "list workflow runs"
/// body (docs.github.com/rest/actions/workflow-runs: runs newest first, already filtered by the query).
/// </summary>
[NonParallelizable]
public sealed class ReleaseGateScriptTests
{
    private const string Repository = "CityOfBoston/boston-info";

    private string _folder = null!;
    private string _onMain = null!;
    private string _offMain = null!;

    [SetUp]
    public async Task CreateRepositoryAsync()
    {
        _folder = Directory.CreateTempSubdirectory("boston-info-gate-").FullName;
        Directory.CreateDirectory(Path.Combine(_folder, "repo"));
        Directory.CreateDirectory(Path.Combine(_folder, "bin"));
        await GitAsync("init", "--quiet", "--initial-branch", "main");
        await GitAsync("commit", "--quiet", "--allow-empty", "-m", "on main");
        _onMain = (await GitAsync("rev-parse", "HEAD")).Trim();
        await GitAsync("update-ref", "refs/remotes/origin/main", "HEAD");
        await GitAsync("checkout", "--quiet", "-b", "feature");
        await GitAsync("commit", "--quiet", "--allow-empty", "-m", "not merged");
        _offMain = (await GitAsync("rev-parse", "HEAD")).Trim();

        var gh = Path.Combine(_folder, "bin", "gh");
        await File.WriteAllTextAsync(gh, """
            #!/usr/bin/env bash
            printf '%s\n' "$*" >> "$GH_CALLS"
            case "$*" in
              *"/actions/workflows/ci.yml/runs?"*) cat "$FAKE_CI_RUNS" ;;
              *"/actions/workflows/release.yml/runs?"*) cat "$FAKE_RELEASE_RUNS" ;;
            esac
            """.Replace("\r", ""));
        Assert.That((await ProcessRun.RunAsync("chmod", ["+x", gh], _folder, TimeSpan.FromSeconds(10))).ExitCode, Is.Zero);
    }

    [TearDown]
    public void DeleteRepository() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task TestedOnMain_CommitOnMainThatCiPassed_NamesTheCiRunAndGoesOn()
    {
        var run = await TestedOnMainAsync(_onMain, Runs(("completed", "failure", 41), ("completed", "success", 40)));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Output);
            Assert.That(run.Outputs, Is.EqualTo("ci-run-id=40\n"), "the newest run that passed (a re-run after a flaky failure counts)");
            Assert.That(run.GhCalls, Is.EqualTo(new[] { $"api repos/{Repository}/actions/workflows/ci.yml/runs?head_sha={_onMain}&event=push&per_page=100" }));
        });
    }

    [Test]
    public async Task TestedOnMain_CommitNotOnMain_SaysToMergeItFirstAndAsksGitHubNothing()
    {
        var run = await TestedOnMainAsync(_offMain, Runs(("completed", "success", 40)));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Not.Zero);
            Assert.That(run.Output, Does.Contain($"::error::Commit {_offMain[..7]} (v1.4.0) is not on main, so it is not released: merge it to main through a pull request"));
            Assert.That(run.Output, Does.Contain("git push --delete origin v1.4.0"));
            Assert.That(run.Outputs, Is.Empty);
            Assert.That(run.GhCalls, Is.Empty);
        });
    }

    [TestCase("in_progress", null, "CI for commit {0} has not finished yet (status: in_progress, https://github.com/CityOfBoston/boston-info/actions/runs/41): re-run this workflow once it has passed.")]
    [TestCase("queued", null, "CI for commit {0} has not finished yet (status: queued, ")]
    [TestCase("completed", "failure", "CI did not pass for commit {0} (conclusion: failure, https://github.com/CityOfBoston/boston-info/actions/runs/41): fix main, then release a commit whose CI passed.")]
    [TestCase("completed", "cancelled", "CI did not pass for commit {0} (conclusion: cancelled, ")]
    public async Task TestedOnMain_CiNotPassed_SaysWhyAndStops(string status, string? conclusion, string message)
    {
        var run = await TestedOnMainAsync(_onMain, Runs((status, conclusion, 41)));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Not.Zero);
            Assert.That(run.Output, Does.Contain("::error::" + string.Format(message, _onMain[..7])));
            Assert.That(run.Outputs, Is.Empty);
        });
    }

    [Test]
    public async Task TestedOnMain_CiNeverRan_SaysToPushToMain()
    {
        var run = await TestedOnMainAsync(_onMain, Runs());

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Not.Zero);
            Assert.That(run.Output, Does.Contain($"::error::CI has never run for commit {_onMain[..7]} on main"));
        });
    }

    [Test]
    public async Task StopPolls_NoReleaseRunUnfinished_TurnsTheScheduleOff()
    {
        var run = await RunAsync("stop-certification-polls.sh", [], releaseRuns: Runs(("completed", "success", 7), ("completed", "failure", 6)));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Output);
            Assert.That(run.GhCalls[^1], Is.EqualTo($"api --method PUT repos/{Repository}/actions/workflows/certification.yml/disable"));
        });
    }

    [TestCase("in_progress")]
    [TestCase("queued")]
    [TestCase("waiting")]
    public async Task StopPolls_AReleaseRunUnfinished_LeavesTheScheduleOn(string status)
    {
        var run = await RunAsync("stop-certification-polls.sh", [], releaseRuns: Runs(("completed", "success", 7), (status, null, 8)));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Output);
            Assert.That(run.GhCalls, Has.None.Contains("disable"));
            Assert.That(run.Output, Does.Contain("1 release run(s) have not finished: the schedule stays on."));
        });
    }

    private Task<ScriptRun> TestedOnMainAsync(string commit, string ciRuns) => RunAsync("tested-on-main.sh", [commit], ciRuns: ciRuns);

    private async Task<ScriptRun> RunAsync(string script, string[] arguments, string ciRuns = "{}", string releaseRuns = "{}")
    {
        var files = new[] { "ci-runs.json", "release-runs.json", "output", "gh-calls" }.Select(name => Path.Combine(_folder, name)).ToArray();
        await File.WriteAllTextAsync(files[0], ciRuns);
        await File.WriteAllTextAsync(files[1], releaseRuns);
        await File.WriteAllTextAsync(files[2], "");
        await File.WriteAllTextAsync(files[3], "");
        var environment = new Dictionary<string, string?>
        {
            ["PATH"] = $"{Path.Combine(_folder, "bin")}:{Environment.GetEnvironmentVariable("PATH")}",
            ["GITHUB_REPOSITORY"] = Repository,
            ["GITHUB_REF_NAME"] = "v1.4.0",
            ["GITHUB_OUTPUT"] = files[2],
            ["GH_CALLS"] = files[3],
            ["FAKE_CI_RUNS"] = files[0],
            ["FAKE_RELEASE_RUNS"] = files[1],
        };
        var path = Path.Combine(RepositoryFiles.Root, ".github", "scripts", script);
        var run = await ProcessRun.RunAsync(path, arguments, Path.Combine(_folder, "repo"), TimeSpan.FromSeconds(30), environment);
        return new ScriptRun(run.ExitCode, run.StandardOutput + run.StandardError, await File.ReadAllTextAsync(files[2]),
            (await File.ReadAllLinesAsync(files[3])).Where(line => line.Length > 0).ToList());
    }

    /// <summary>A "list workflow runs for a workflow" answer, newest run first, as GitHub sends it (abridged).</summary>
    private string Runs(params (string Status, string? Conclusion, long Id)[] runs) =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            total_count = runs.Length,
            workflow_runs = runs.Select(run => new
            {
                id = run.Id,
                name = "ci",
                head_branch = "main",
                head_sha = _onMain,
                @event = "push",
                status = run.Status,
                conclusion = run.Conclusion,
                html_url = $"https://github.com/{Repository}/actions/runs/{run.Id}",
            }),
        });

    private async Task<string> GitAsync(params string[] arguments)
    {
        var environment = new Dictionary<string, string?>
        {
            ["GIT_AUTHOR_NAME"] = "Test", ["GIT_AUTHOR_EMAIL"] = "test@example.org",
            ["GIT_COMMITTER_NAME"] = "Test", ["GIT_COMMITTER_EMAIL"] = "test@example.org",
        };
        var run = await ProcessRun.RunAsync("git", arguments, Path.Combine(_folder, "repo"), TimeSpan.FromSeconds(30), environment);
        Assert.That(run.ExitCode, Is.Zero, run.Tail());
        return run.StandardOutput;
    }

    private sealed record ScriptRun(int ExitCode, string Output, string Outputs, IReadOnlyList<string> GhCalls);
}
