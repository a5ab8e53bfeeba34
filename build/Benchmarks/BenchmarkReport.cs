using System.Globalization;
using System.Text;

namespace Benchmarks;

/// <summary>The benchmark's figures with the machine they were taken on, as a console table and as Markdown.</summary>
public sealed record BenchmarkReport(MachineInfo Machine, IReadOnlyList<BenchmarkRow> Rows, IReadOnlyList<string> Notes)
{
    private static readonly string[] Headings = ["measure", "figure", "goal", "verdict"];

    /// <summary>One aligned table per section, for the console.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var section in Rows.GroupBy(row => row.Section))
        {
            string[][] cells = [Headings, .. section.Select(Cells)];
            var widths = Enumerable.Range(0, Headings.Length).Select(column => cells.Max(row => row[column].Length)).ToArray();
            text.AppendLine(section.Key);
            foreach (var row in cells)
            {
                text.AppendLine("  " + string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd());
            }

            text.AppendLine();
        }

        foreach (var note in Notes)
        {
            text.AppendLine("Note: " + note);
        }

        return text.ToString();
    }

    /// <summary>docs/benchmarks.md: the machine, then one table per section, then the notes.</summary>
    public string ToMarkdown()
    {
        var markdown = new StringBuilder();
        markdown.AppendLine("# Benchmarks");
        markdown.AppendLine();
        markdown.AppendLine("Written by `./build.sh --target bench`; run it again to refresh every figure. Times are wall-clock");
        markdown.AppendLine("on the machine below, so compare figures from one run with each other rather than across machines.");
        markdown.AppendLine();
        markdown.AppendLine("| machine | |");
        markdown.AppendLine("|---|---|");
        markdown.AppendLine($"| CPU | {Escape(Machine.Cpu)} |");
        markdown.AppendLine(CultureInfo.InvariantCulture, $"| cores | {Machine.Cores} |");
        markdown.AppendLine($"| memory | {Escape(Machine.Memory)} |");
        markdown.AppendLine($"| OS | {Escape(Machine.OperatingSystem)} |");
        markdown.AppendLine($"| .NET | {Escape(Machine.DotNet)} |");
        markdown.AppendLine(CultureInfo.InvariantCulture, $"| date | {Machine.Date:yyyy-MM-dd HH:mm} UTC |");
        foreach (var section in Rows.GroupBy(row => row.Section))
        {
            markdown.AppendLine();
            markdown.AppendLine("## " + section.Key);
            markdown.AppendLine();
            markdown.AppendLine("| " + string.Join(" | ", Headings) + " |");
            markdown.AppendLine("|" + string.Concat(Enumerable.Repeat("---|", Headings.Length)));
            foreach (var row in section)
            {
                markdown.AppendLine("| " + string.Join(" | ", Cells(row).Select(Escape)) + " |");
            }
        }

        if (Notes.Count > 0)
        {
            markdown.AppendLine();
            markdown.AppendLine("## Notes");
            markdown.AppendLine();
            foreach (var note in Notes)
            {
                markdown.AppendLine("- " + note);
            }
        }

        return markdown.ToString();
    }

    private static string[] Cells(BenchmarkRow row) => [row.Measure, row.Figure, row.Goal ?? string.Empty, row.Verdict];

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
