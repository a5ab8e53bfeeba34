using Build.Tests.Host;
using SkillRelease.Simulator;

namespace Build.Tests.Release;

/// <summary>How the release tasks treat settings and secrets, through the real program against an in-process simulator.</summary>
[NonParallelizable]
public sealed class ReleaseTaskBehaviourTests
{
    private SkillSimulator _simulator = null!;

    [SetUp]
    public async Task StartAsync() => _simulator = await SkillSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None);

    [TearDown]
    public async Task StopAsync() => await _simulator.DisposeAsync();

    [Test]
    public async Task ReleaseTask_WithSettingsMissing_NamesThemAllInItsLastLineAndCallsNothing()
    {
        var environment = Environment();
        environment["ALEXA_SKILL_ID"] = null;
        environment["ASK_REFRESH_TOKEN"] = null;

        var run = await RunAsync(environment, "status");

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.LastLine, Does.StartWith("Error: Missing settings: ALEXA_SKILL_ID, ASK_REFRESH_TOKEN."));
        Assert.That(_simulator.Faults.CallCounts, Is.Empty);
    }

    [Test]
    public async Task CutRelease_WithATagThatIsNotSemver_SaysSoAndCallsNothing()
    {
        var run = await RunAsync(Environment(), "cut-release", "--tag", "release-7");

        Assert.That(run.LastLine, Is.EqualTo("Error: 'release-7' is not a release tag: it must be 'v' and a semantic version, e.g. v1.2.0 or v1.2.0-rc.1."));
        Assert.That(_simulator.Faults.CallCounts, Is.Empty);
    }

    [Test]
    public async Task CutRelease_WithoutATag_NamesTheSwitchAndCallsNothing()
    {
        var run = await RunAsync(Environment(), "cut-release");

        Assert.That(run.LastLine, Is.EqualTo("Error: No release tag: pass --tag vX.Y.Z (or run from a tag push, where GITHUB_REF is refs/tags/vX.Y.Z)."));
        Assert.That(_simulator.Faults.CallCounts, Is.Empty);
    }

    [TestCase("150", "5", "Error: --canary-percent must be between 0 and 100, not 150: e.g. --canary-percent 10.")]
    [TestCase("10", "2000", "Error: --canary-minutes must be between 0 and 1440, not 2000: e.g. --canary-minutes 30.")]
    public async Task Promote_WithACanaryFigureOutOfItsLimits_NamesTheSwitchTheEngineLeftUnnamed(string percent, string minutes, string error)
    {
        // Given the engine's typed refusal (which figure, what limits), worded by the build program
        var run = await RunAsync(Environment(), "promote", "--canary-percent", percent, "--canary-minutes", minutes);

        Assert.That(run.LastLine, Is.EqualTo(error));
        Assert.That(_simulator.Faults.CallCounts, Is.Empty);
    }

    [TestCase(null)]
    [TestCase("1")]
    public async Task Status_OnATerminalTypeButARedirectedOutput_WritesNoColourCodes(string? noColor)
    {
        // Given a TERM that Cake's own detector takes for colours, and an output that is a pipe, not a terminal
        var environment = Environment();
        environment["TERM"] = "xterm-256color";
        environment["NO_COLOR"] = noColor;

        // When a task logs values and ends with Cake's task summary
        var run = await RunAsync(environment, "status");

        // Then not one escape sequence reaches the output (https://no-color.org)
        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Not.Contain("\u001b"));
    }

    [TestCase("deploy-latest", "--plan")]
    [TestCase("cut-release", "--tag", "v1.0.0", "--plan")]
    [TestCase("rollback", "--plan")]
    [TestCase("promote", "--canary-percent", "10", "--canary-minutes", "5", "--plan")]
    [TestCase("deploy-latest", "--dryrun")]
    [TestCase("cut-release", "--tag", "v1.0.0", "--whatif")]
    public async Task ReleaseTask_WithPlanOrDryRun_PrintsThePlanAndOnlyReads(params string[] task)
    {
        var run = await RunAsync(Environment(), task);

        Assert.That(run.Output, Does.Contain("Dry run").Or.Contain("Error:"), run.Output);
        var calls = _simulator.Faults.CallCounts.Keys.Where(k => !k.EndsWith(":*", StringComparison.Ordinal)).ToList();
        Assert.That(calls, Is.Not.Empty);
        Assert.That(calls, Has.All.Match(@"^(lambda|smapi):(Get|List)|^lwa:GetAccessToken$"), "a dry run made a remote write");
    }

    [Test]
    public async Task DeployLatest_AtDiagnosticVerbosity_LogsEveryCallButNoSecret()
    {
        var run = await RunAsync(Environment(), "deploy-latest", "--verbosity", "diagnostic");

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("PUT ").And.Contain("/2015-03-31/functions/").And.Contain("Authorization: ***"));
        var secrets = new[] { _simulator.Options.SecretAccessKey.Reveal(), _simulator.Options.LwaClientSecret.Reveal(), _simulator.Options.RefreshToken.Reveal(), _simulator.Options.GitHubToken.Reveal() }
            .Concat(_simulator.Lwa.IssuedTokens);
        Assert.That(_simulator.Lwa.IssuedTokens, Is.Not.Empty, "the run must have used LWA access tokens for the check to mean anything");
        foreach (var secret in secrets)
        {
            Assert.That(run.Output, Does.Not.Contain(secret), "a secret reached the log");
        }
    }

    [Test]
    public async Task Status_InGitHubActions_MasksTheSecretsAndWritesTheJobSummary()
    {
        var summary = Path.GetTempFileName();
        var environment = Environment();
        environment["GITHUB_ACTIONS"] = "true";
        environment["GITHUB_STEP_SUMMARY"] = summary;

        var run = await RunAsync(environment, "status");

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain($"::add-mask::{_simulator.Options.LwaClientSecret.Reveal()}").And.Contain($"::add-mask::{_simulator.Options.RefreshToken.Reveal()}"));
        Assert.That(await File.ReadAllTextAsync(summary), Does.Contain("| live endpoint | never published |"));
        File.Delete(summary);
    }

    private Dictionary<string, string?> Environment() => BuildProgram.ReleaseEnvironment(_simulator.ClientEnvironment);

    private static async Task<(int ExitCode, string Output, string LastLine)> RunAsync(Dictionary<string, string?> environment, params string[] task)
    {
        var (exitCode, output) = await BuildProgram.RunAsync(["--target", .. task], environment, TimeSpan.FromMinutes(2));
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()).LastOrDefault(l => l.Length > 0) ?? "";
        return (exitCode, output, last);
    }
}
