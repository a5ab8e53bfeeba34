using Benchmarks;

namespace Build.Tests.Benchmarks;

public sealed class BenchmarkMarkdownMergeTests
{
    private const string Existing = "# Benchmarks\n\nmachine 1\n\n## Cold start\n\n| a | 1 |\n\n## Pipeline\n\n| b | 2 |\n\n## Build program\n\n| d | 5 |\n\n## Notes\n\n- Cold: old cold.\n- Pipeline: old pipeline.\n";

    [Test]
    public void Merge_APartialRun_ReplacesItsSectionsAndNotesAndKeepsTheRest()
    {
        // Given a full report, and a partial run of one known and one new section
        const string partial = "# Benchmarks\n\nmachine 2\n\n## Pipeline\n\n| b | 3 |\n\n## Critical path\n\n| c | 4 |\n\n## Notes\n\n- Pipeline: new pipeline.\n- Critical path: new.\n";

        // When they are merged
        var merged = BenchmarkMarkdownMerge.Merge(Existing, partial);

        // Then the known section and its note are replaced, the new ones added after the section before them, the rest kept
        Assert.That(merged, Is.EqualTo(
            "# Benchmarks\n\nmachine 1\n\n## Cold start\n\n| a | 1 |\n\n## Pipeline\n\n| b | 3 |\n\n## Critical path\n\n| c | 4 |\n\n## Build program\n\n| d | 5 |\n\n## Notes\n\n- Cold: old cold.\n- Pipeline: new pipeline.\n- Critical path: new.\n"));
    }

    [Test]
    public void Merge_ARunWithNoNotes_KeepsTheExistingNotes()
    {
        // Given a partial run that wrote one section and no notes
        const string partial = "# Benchmarks\n\nmachine 2\n\n## Cold start\n\n| a | 9 |\n";

        // When merged
        var merged = BenchmarkMarkdownMerge.Merge(Existing, partial);

        // Then only that table changed
        Assert.That(merged, Is.EqualTo(Existing.Replace("| a | 1 |", "| a | 9 |", StringComparison.Ordinal)));
    }
}
