using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Build.Mutation;

/// <summary>
/// Turns Stryker's JSON report (the mutation-testing-elements schema: files → mutants with a status) into
/// docs/mutation.md: the score per file and one row per surviving mutant. A survivor's disposition (killed by a new
/// test, or justified) is written by a person; rewriting the page keeps it for every survivor whose file and
/// mutation are unchanged, so a rerun never erases the reasoning, and a new survivor shows up as "to examine".
/// </summary>
public static class MutationReport
{
    private const string ToExamine = "to examine";

    // The parts the goal is set for, each with its own total: a strong planner must not hide weak steps. A file
    // belongs to the area whose folder holds it; a file in none counts only in the overall total.
    private static readonly (string Area, string[] Folders)[] Areas =
    [
        ("planners", ["src/SkillRelease/Release/Planning/"]),
        ("steps", ["src/SkillRelease/Release/Steps/"]),
        ("client guards", ["src/SkillRelease/Lambda/", "src/SkillRelease/Smapi/"]),
    ];

    public static void Write(string strykerJson, string markdownPath)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(strykerJson));
        var known = KnownDispositions(File.Exists(markdownPath) ? File.ReadAllLines(markdownPath) : []);
        File.WriteAllText(markdownPath, Render(report.RootElement, known));
    }

    public static string Render(JsonElement report, IReadOnlyDictionary<string, string> dispositions)
    {
        var files = report.GetProperty("files").EnumerateObject()
            .Select(file => (Path: RelativePath(file.Name), Mutants: file.Value.GetProperty("mutants").EnumerateArray().ToList()))
            // Stryker lists every file of the project; those outside the mutate filter hold only Ignored mutants.
            .Where(file => file.Mutants.Any(mutant => Status(mutant) is "Killed" or "Survived" or "NoCoverage" or "Timeout"))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
        var text = new StringBuilder();
        text.AppendLine("# Mutation testing").AppendLine()
            .AppendLine("Written by `./build.sh --target mutate`: dotnet-stryker mutates the files and runs the tests that")
            .AppendLine("`tests/SkillRelease.Tests/stryker-config.json` names. The survivors' dispositions are kept across runs;")
            .AppendLine("a new survivor reads \"" + ToExamine + "\". Goal: 85 % or more on the planners and on the steps; the clients'")
            .AppendLine("guards are measured beside them (the totals in bold). Mutants inside `ConfigureAwait(…)` and `ThrowIfNull(…)`")
            .AppendLine("calls are not made (`ignore-methods`): flipping ConfigureAwait changes nothing a console program can observe,")
            .AppendLine("and the argument checks guard against our own misuse, not the services' behaviour.").AppendLine()
            .AppendLine("| file | killed | survived | no coverage | timeout | score |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (path, mutants) in files)
        {
            text.AppendLine(ScoreRow(path, mutants));
        }

        foreach (var (area, folders) in Areas)
        {
            var mutants = files.Where(file => folders.Any(folder => file.Path.StartsWith(folder, StringComparison.Ordinal))).SelectMany(file => file.Mutants).ToList();
            if (mutants.Count > 0)
            {
                text.AppendLine(ScoreRow($"**{area}**", mutants));
            }
        }

        text.AppendLine(ScoreRow("**all**", [.. files.SelectMany(file => file.Mutants)])).AppendLine()
            .AppendLine("## Survivors").AppendLine()
            .AppendLine("| file | line | mutation | disposition |")
            .AppendLine("| --- | ---: | --- | --- |");
        foreach (var (path, mutants) in files)
        {
            foreach (var mutant in mutants.Where(m => Status(m) is "Survived" or "NoCoverage").OrderBy(Line))
            {
                var mutation = Cell(Mutation(mutant));
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {path} | {Line(mutant)} | {mutation} | {dispositions.GetValueOrDefault(Key(path, mutation), ToExamine)} |");
            }
        }

        return text.ToString();
    }

    /// <summary>Dispositions already written in the page, by file and mutation (lines move; the mutation rarely does).</summary>
    public static IReadOnlyDictionary<string, string> KnownDispositions(IEnumerable<string> markdown)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cells in markdown.Where(line => line.StartsWith("| src/", StringComparison.Ordinal)).Select(line => line.Split(" | ")))
        {
            if (cells is [var file, _, var mutation, var disposition] && disposition.TrimEnd(' ', '|') is var kept && kept != ToExamine)
            {
                known[Key(file.TrimStart('|', ' '), mutation)] = kept;
            }
        }

        return known;
    }

    private static string ScoreRow(string path, IReadOnlyList<JsonElement> mutants)
    {
        int Count(string status) => mutants.Count(m => Status(m) == status);
        var (killed, survived, noCoverage, timeout) = (Count("Killed"), Count("Survived"), Count("NoCoverage"), Count("Timeout"));
        var tested = killed + survived + noCoverage + timeout;
        var score = tested == 0 ? "n/a" : ((killed + timeout) * 100.0 / tested).ToString("0.0", CultureInfo.InvariantCulture) + " %";
        return string.Create(CultureInfo.InvariantCulture, $"| {path} | {killed} | {survived} | {noCoverage} | {timeout} | {score} |");
    }

    private static string Status(JsonElement mutant) => mutant.GetProperty("status").GetString() ?? "";

    private static int Line(JsonElement mutant) => mutant.GetProperty("location").GetProperty("start").GetProperty("line").GetInt32();

    private static string Mutation(JsonElement mutant) =>
        mutant.GetProperty("mutatorName").GetString() + ": " + (mutant.TryGetProperty("replacement", out var replacement) ? replacement.GetString() : "");

    // One line, no pipes, short enough to read in a table.
    private static string Cell(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim()))
            .Replace("|", "\\|", StringComparison.Ordinal);
        return flat.Length <= 90 ? flat : flat[..87] + "...";
    }

    private static string Key(string file, string mutation) => file + "\u0001" + mutation;

    private static string RelativePath(string path)
    {
        var index = path.Replace('\\', '/').IndexOf("src/", StringComparison.Ordinal);
        return index < 0 ? path : path.Replace('\\', '/')[index..];
    }
}
