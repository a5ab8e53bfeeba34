namespace TestSupport;

/// <summary>
/// The real ASK CLI (npm ask-cli, pinned in tests/SkillRelease.Simulator.Tests/ask-cli with the antlr4ts override from smapi-contract.md §12) run as
/// `ask smapi …` against a simulator, in environment-profile mode: the simulator's client variables (its
/// ClientEnvironment, or the export lines of `simulate`) plus a scratch
/// HOME, no telemetry, no update check, and dummy AWS keys (ask-cli ignores the environment profile without them).
/// </summary>
internal sealed class AskCli(IReadOnlyDictionary<string, string> clientEnvironment, string home)
{
    public static readonly NpmPackages Packages = new(Path.Combine(RepositoryFiles.Root, "tests", "SkillRelease.Simulator.Tests", "ask-cli"), "ask-cli");

    /// <summary>The CLI's entry point, run with node (the setup guide's test runs `ask` through it).</summary>
    public static string Script => Path.Combine(Packages.Folder, "node_modules", "ask-cli", "dist", "bin", "ask.js");

    /// <summary>Extra variables for one run (a wrong refresh token, say).</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();

    public Task<ProcessRun> SmapiAsync(params string[] arguments) =>
        ProcessRun.RunAsync(NodeTools.Node, [Script, "smapi", .. arguments], home, TimeSpan.FromMinutes(2), Environment());

    private Dictionary<string, string?> Environment()
    {
        var environment = clientEnvironment.ToDictionary(p => p.Key, p => (string?)p.Value);
        environment["HOME"] = home;
        environment["ASK_SHARE_USAGE"] = "false";
        environment["ASK_SKIP_NEW_VERSION_REMINDER"] = "true";
        // Whatever the machine has must not steer the CLI elsewhere.
        foreach (var name in new[] { "ASK_ACCESS_TOKEN", "ASK_DEFAULT_PROFILE", "ASK_CLI_PROXY", "AWS_PROFILE", "HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy" })
        {
            environment[name] = null;
        }

        foreach (var (name, value) in Overrides)
        {
            environment[name] = value;
        }

        return environment;
    }
}
