using System.Text.RegularExpressions;
using Build.Tests.Host;
using SkillRelease.Simulator;

namespace Build.Tests.Setup;

/// <summary>
/// docs/setup.md, proven: its own commands, run in order with the AWS CLI and the ASK CLI against an empty simulator
/// (no function, no skill), reach a doctor that is all ✓, and the first deploy-latest and cut-release pass. The
/// placeholders of the page are replaced by the simulator's values; `./build.sh` is the compiled build program and
/// `ask` the pinned ASK CLI.
/// </summary>
[NonParallelizable]
public sealed partial class SetupGuideTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "setup.md"));

    [Test]
    public void SetupGuide_EveryBashBlock_IsMarkedToRunOrSaysWhyNot()
    {
        var blocks = SetupGuide.Read(Page);

        Assert.That(blocks, Is.Not.Empty);
        Assert.That(blocks.Where(b => !b.Runs && !b.Skips).Select(b => $"docs/setup.md:{b.Line} ({b.Marker ?? "no marker"})"), Is.Empty,
            "a bash block needs <!-- setup-test: run --> or <!-- setup-test: skip (why) --> right before it");
    }

    [Test]
    public async Task SetupGuide_FollowedAgainstAnEmptySimulator_ReachesAGreenDoctorAndAFirstRelease()
    {
        // Given: a new account, the CLIs, and the settings section 6 asks for
        AwsCli.RequireInstalled();
        await AskCli.Packages.EnsureInstalledAsync();
        await using var simulator = await SkillSimulator.StartAsync(new SimulatorOptions { Empty = true }, CancellationToken.None);
        var home = Directory.CreateTempSubdirectory("setup-guide-home-").FullName;
        var environment = Environment(simulator, home);
        var runs = SetupGuide.Read(Page).Where(b => b.Runs).ToList();
        Assert.That(runs.Select(b => b.Commands), Has.Some.Contains("aws lambda create-function").And.Some.Contains("ask smapi create-skill-for-vendor").And.Some.Contains("cut-release"));

        try
        {
            // When / Then: every block the page runs does what the page says
            foreach (var block in runs)
            {
                var script = Prelude + Placeholders(block.Commands, simulator.Options);
                var run = await ProcessRun.RunAsync("bash", ["-c", script], RepositoryFiles.Root, TimeSpan.FromMinutes(3), environment);
                var output = run.StandardOutput + run.StandardError;
                if (block.RowsThatMayFail.Count == 0)
                {
                    Assert.That(run.ExitCode, Is.Zero, $"docs/setup.md:{block.Line} failed:\n{block.Commands}\n{output}");
                }
                else
                {
                    Assert.That(output, Does.Contain("✓ AWS identity"), $"docs/setup.md:{block.Line}: doctor printed no table:\n{output}");
                    var failed = FailedRow().Matches(output).Select(m => m.Groups[1].Value).ToList();
                    Assert.That(failed, Has.All.Matches<string>(row => block.RowsThatMayFail.Any(row.StartsWith)), $"docs/setup.md:{block.Line}:\n{output}");
                }
            }

            // Then: the release the page ends with is where AWS and SMAPI say it is
            var live = await new AwsCli(simulator.ClientEnvironment).LambdaAsync("list-aliases", "--function-name", simulator.Options.FunctionName);
            Assert.That(live.Output?["Aliases"]?.AsArray(), Is.Not.Empty, live.Errors);
            Assert.That(simulator.Smapi.Inspect(skill => skill.Submissions), Is.EqualTo(1));
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    /// <summary>`./build.sh` is the program these tests were built with (compiling it again would take minutes); `ask` is the pinned CLI.</summary>
    private static string Prelude =>
        "set -euo pipefail\n" +
        $"./build.sh() {{ dotnet '{typeof(BuildContext).Assembly.Location}' \"$@\"; }}\n" +
        $"ask() {{ '{NodeTools.Node}' '{AskCli.Script}' \"$@\"; }}\n";

    /// <summary>The page's placeholders as whole words (so <c>LAMBDA_FUNCTION_NAME</c> keeps its <c>NAME</c>).</summary>
    private static string Placeholders(string commands, SimulatorOptions options)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["OWNER/REPO"] = options.GitHubRepository,
            ["REGION"] = options.Region,
            ["ACCOUNT"] = options.AccountId,
            ["SKILL_ID"] = options.SkillId,
            ["NAME"] = options.FunctionName,
        };
        return Placeholder().Replace(commands, match => values[match.Value]);
    }

    private static Dictionary<string, string?> Environment(SkillSimulator simulator, string home)
    {
        var environment = BuildProgram.ReleaseEnvironment(simulator.ClientEnvironment);
        environment["HOME"] = home;
        environment["AWS_DEFAULT_REGION"] = simulator.Options.Region;
        // Nothing of this machine may steer the CLIs elsewhere.
        environment["AWS_CONFIG_FILE"] = "/nonexistent";
        environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent";
        environment["AWS_EC2_METADATA_DISABLED"] = "true";
        environment["AWS_PAGER"] = "";
        environment["ASK_SHARE_USAGE"] = "false";
        environment["ASK_SKIP_NEW_VERSION_REMINDER"] = "true";
        foreach (var name in new[] { "ASK_ACCESS_TOKEN", "ASK_DEFAULT_PROFILE", "ASK_CLI_PROXY", "HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy" })
        {
            environment[name] = null;
        }

        return environment;
    }

    [GeneratedRegex(@"\bOWNER/REPO\b|\bREGION\b|\bACCOUNT\b|\bSKILL_ID\b|\bNAME\b")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^\s*✗ (.+?)\s{2,}", RegexOptions.Multiline)]
    private static partial Regex FailedRow();
}
