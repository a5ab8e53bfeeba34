namespace Benchmarks;

/// <summary>Where the two CLIs are: the pre-installed AWS CLI, and the ASK CLI the simulator's tests install with npm.</summary>
/// <param name="Aws">The <c>aws</c> executable.</param>
/// <param name="Node">The <c>node</c> executable.</param>
/// <param name="AskScript">ask-cli's <c>dist/bin/ask.js</c>.</param>
public sealed record CliTools(string Aws, string Node, string AskScript)
{
    /// <summary>The folder whose package.json pins ask-cli (tests/SkillRelease.Simulator.Tests/ask-cli).</summary>
    public static string AskCliFolder(string repositoryRoot) => Path.Combine(repositoryRoot, "tests", "SkillRelease.Simulator.Tests", "ask-cli");

    /// <summary>The tools on the PATH, after installing ask-cli with <c>npm ci</c> if a fresh clone lacks it; null when aws or node is missing.</summary>
    public static async Task<CliTools?> FindAsync(string repositoryRoot, TimeProvider time, CancellationToken cancellationToken)
    {
        var aws = OnPath("aws");
        var node = OnPath("node");
        var npm = OnPath("npm");
        if (aws is null || node is null || npm is null)
        {
            return null;
        }

        var folder = AskCliFolder(repositoryRoot);
        var askScript = Path.Combine(folder, "node_modules", "ask-cli", "dist", "bin", "ask.js");
        if (!File.Exists(askScript))
        {
            await TimedCommand.RunAsync(npm, ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], folder, new Dictionary<string, string?>(), time, cancellationToken);
        }

        return new CliTools(aws, node, askScript);
    }

    private static string? OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, tool))
            .FirstOrDefault(File.Exists);
}
