using Benchmarks;

namespace Build.Tests.Benchmarks;

public sealed class BenchmarkReportTests
{
    private static readonly MachineInfo Machine = new("Test CPU @ 2.0GHz", 2, "7.7 GiB", "Debian 12 (Linux 6.1)", ".NET 10.0.1", new DateTimeOffset(2026, 11, 26, 1, 30, 0, TimeSpan.Zero));

    private static readonly BenchmarkReport Report = new(
        Machine,
        [
            new BenchmarkRow("Cold start", "Native AOT, LaunchRequest", "median 15 ms (min 11, max 20, n=10)"),
            new BenchmarkRow("Cold start", "AOT ÷ JIT median", "0.40", "≤ 0.25", GoalMet: false),
            new BenchmarkRow("Artifacts", "a|b package", "zip 1.00 MB", "≤ 50 MB", GoalMet: true),
        ],
        ["figures are wall-clock"]);

    [Test]
    public void ToMarkdown_ListsTheMachineThenOneTablePerSectionThenTheNotes()
    {
        var markdown = Report.ToMarkdown().ReplaceLineEndings("\n");

        Assert.That(markdown, Does.Contain("| CPU | Test CPU @ 2.0GHz |"));
        Assert.That(markdown, Does.Contain("| cores | 2 |"));
        Assert.That(markdown, Does.Contain("| memory | 7.7 GiB |"));
        Assert.That(markdown, Does.Contain("| OS | Debian 12 (Linux 6.1) |"));
        Assert.That(markdown, Does.Contain("| .NET | .NET 10.0.1 |"));
        Assert.That(markdown, Does.Contain("| date | 2026-11-26 01:30 UTC |"));
        Assert.That(markdown, Does.Contain("## Cold start\n\n| measure | figure | goal | verdict |\n|---|---|---|---|\n| Native AOT, LaunchRequest | median 15 ms (min 11, max 20, n=10) |  |  |\n| AOT ÷ JIT median | 0.40 | ≤ 0.25 | MISSED |\n"));
        Assert.That(markdown.IndexOf("## Cold start", StringComparison.Ordinal), Is.LessThan(markdown.IndexOf("## Artifacts", StringComparison.Ordinal)));
        Assert.That(markdown, Does.Contain("- figures are wall-clock"));
    }

    [Test]
    public void ToMarkdown_EscapesPipesInsideCells()
    {
        Assert.That(Report.ToMarkdown(), Does.Contain("| a\\|b package | zip 1.00 MB | ≤ 50 MB | met |"));
    }

    [Test]
    public void ToText_AlignsEachSectionsColumnsAndSaysWhichGoalsWereMissed()
    {
        var lines = Report.ToText().Split(Environment.NewLine);
        var section = lines.SkipWhile(line => line != "Cold start").Skip(1).TakeWhile(line => line.Length > 0).ToList();

        Assert.That(section, Has.Count.EqualTo(3));
        Assert.That(section[0].IndexOf("figure", StringComparison.Ordinal), Is.EqualTo(section[1].IndexOf("median", StringComparison.Ordinal)));
        Assert.That(section[0].IndexOf("goal", StringComparison.Ordinal), Is.EqualTo(section[2].IndexOf("≤ 0.25", StringComparison.Ordinal)));
        Assert.That(section[2], Does.EndWith("MISSED"));
        Assert.That(lines, Does.Contain("Note: figures are wall-clock"));
    }
}
