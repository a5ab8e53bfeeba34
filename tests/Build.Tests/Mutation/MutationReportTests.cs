using System.Text.Json;
using Build.Mutation;

namespace Build.Tests.Mutation;

public sealed class MutationReportTests
{
    // The shape of Stryker's mutation-report.json (mutation-testing-elements schema), cut to what the page reads.
    private const string Report = """
        { "files": { "/repo/src/SkillRelease/Release/Planning/PromotePlanner.cs": { "mutants": [
          { "mutatorName": "Equality mutation", "replacement": "a != b", "status": "Killed", "location": { "start": { "line": 10 } } },
          { "mutatorName": "Equality mutation", "replacement": "a < b", "status": "Timeout", "location": { "start": { "line": 11 } } },
          { "mutatorName": "String mutation", "replacement": "\"\"", "status": "Survived", "location": { "start": { "line": 30 } } },
          { "mutatorName": "Block removal", "replacement": "{}", "status": "NoCoverage", "location": { "start": { "line": 20 } } },
          { "mutatorName": "Linq method", "replacement": "First()", "status": "CompileError", "location": { "start": { "line": 40 } } }
        ] } } }
        """;

    [Test]
    public void Render_CountsKilledAndTimeoutAsCaught_AndListsEverySurvivorByLine()
    {
        // Given a report with two caught, two surviving and one uncompilable mutant
        using var report = JsonDocument.Parse(Report);

        // When the page is rendered with no dispositions yet
        var page = MutationReport.Render(report.RootElement, new Dictionary<string, string>());

        // Then the score ignores the compile error, and both survivors are listed in line order, to examine
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("| src/SkillRelease/Release/Planning/PromotePlanner.cs | 1 | 1 | 1 | 1 | 50.0 % |"));
            Assert.That(page.IndexOf("| 20 | Block removal: {} | to examine |", StringComparison.Ordinal),
                Is.GreaterThan(0).And.LessThan(page.IndexOf("| 30 | String mutation: \"\" | to examine |", StringComparison.Ordinal)));
            Assert.That(page, Does.Not.Contain("First()"));
        });
    }

    [Test]
    public void Render_KeepsADispositionWrittenOnAnEarlierPage_WhenTheSurvivorMovedLines()
    {
        // Given a page where a person justified the string survivor, then the code above it grew
        using var report = JsonDocument.Parse(Report);
        var earlier = MutationReport.Render(report.RootElement, new Dictionary<string, string>())
            .Replace("| 30 | String mutation: \"\" | to examine |", "| 28 | String mutation: \"\" | justified: wording only |", StringComparison.Ordinal);

        // When the page is rendered again from the new report
        var page = MutationReport.Render(report.RootElement, MutationReport.KnownDispositions(earlier.Split('\n')));

        // Then the justification follows the survivor to its new line, and the other stays to examine
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("| 30 | String mutation: \"\" | justified: wording only |"));
            Assert.That(page, Does.Contain("| 20 | Block removal: {} | to examine |"));
        });
    }

    [Test]
    public void Render_TotalsEachAreaTheGoalIsSetFor_ApartFromTheOverallTotal()
    {
        // Given a report over a planner, a step and a client's guard, and no file of any other area
        using var report = JsonDocument.Parse("""
            { "files": {
              "/repo/src/SkillRelease/Release/Planning/PromotePlanner.cs": { "mutants": [ { "mutatorName": "m", "status": "Killed", "location": { "start": { "line": 1 } } } ] },
              "/repo/src/SkillRelease/Release/Steps/PointAlias.cs": { "mutants": [
                { "mutatorName": "m", "status": "Killed", "location": { "start": { "line": 1 } } },
                { "mutatorName": "m", "status": "Survived", "location": { "start": { "line": 2 } } } ] },
              "/repo/src/SkillRelease/Smapi/SmapiConnection.cs": { "mutants": [ { "mutatorName": "m", "status": "NoCoverage", "location": { "start": { "line": 1 } } } ] }
            } }
            """);

        // When the page is rendered
        var page = MutationReport.Render(report.RootElement, new Dictionary<string, string>());

        // Then each area has its bold total, in the goal's order, before the overall one
        var totals = page.Split('\n').Where(line => line.StartsWith("| **", StringComparison.Ordinal)).ToList();
        Assert.That(totals, Is.EqualTo(new[]
        {
            "| **planners** | 1 | 0 | 0 | 0 | 100.0 % |",
            "| **steps** | 1 | 1 | 0 | 0 | 50.0 % |",
            "| **client guards** | 0 | 0 | 1 | 0 | 0.0 % |",
            "| **all** | 2 | 1 | 1 | 0 | 50.0 % |",
        }));
    }
}
