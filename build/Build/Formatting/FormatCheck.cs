using System.Diagnostics;
using System.Text.Json;

namespace Build.Formatting;

/// <summary>
/// Whether the C# files under a folder are laid out as its .editorconfig says, by <c>dotnet format whitespace
/// --folder --verify-no-changes</c>: the layout half of <c>dotnet format</c>, which reads the files without loading
/// the projects (seconds, where the whole command compiles the solution again for minutes). The code style half is
/// checked by the compiler in every build (EnforceCodeStyleInBuild); only the order of usings, which the whole
/// command sorts, is left to it.
/// </summary>
public static class FormatCheck
{
    /// <summary>What to run to put the tree right; also written at the top of .editorconfig.</summary>
    public const string FixCommand = "dotnet format whitespace --folder";

    /// <summary>The files, relative to <paramref name="folder"/> and in order, that <c>dotnet format</c> would change.</summary>
    public static IReadOnlyList<string> UnformattedFiles(string folder)
    {
        var report = Path.Combine(Path.GetTempPath(), $"format-report-{Guid.NewGuid():N}.json");
        try
        {
            var (exitCode, output) = Run(folder, report);
            // 0: nothing to change; 2: --verify-no-changes found changes. Anything else: the tool itself failed.
            if (exitCode is not (0 or 2))
            {
                throw new InvalidOperationException($"dotnet format could not check {folder} (exit code {exitCode}): {output.Trim()}");
            }

            return exitCode == 0 ? [] : ChangedFiles(folder, report);
        }
        finally
        {
            File.Delete(report);
        }
    }

    /// <summary>Fails with a sentence naming every file to re-format and the command that does it.</summary>
    public static void Verify(string folder)
    {
        var files = UnformattedFiles(folder);
        if (files.Count > 0)
        {
            throw new InvalidOperationException(
                $"{files.Count} file(s) are not formatted as .editorconfig asks: {string.Join(", ", files)}. " +
                $"Run `{FixCommand}` in {folder} (`dotnet format BostonInfo.slnx` also applies the code style) and commit the result.");
        }
    }

    private static (int ExitCode, string Output) Run(string folder, string report)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "format", "whitespace", "--folder", "--verify-no-changes", "--verbosity", "quiet", "--report", report },
        };
        var output = new System.Text.StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    private static void Append(System.Text.StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    /// <summary>The report is a JSON array with one entry per changed file, each carrying its FilePath.</summary>
    private static List<string> ChangedFiles(string folder, string report)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        return [.. json.RootElement.EnumerateArray()
            .Select(file => Path.GetRelativePath(folder, file.GetProperty("FilePath").GetString()!).Replace('\\', '/'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }
}
