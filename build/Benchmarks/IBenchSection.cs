namespace Benchmarks;

/// <summary>One part of <c>bench</c>: a table of its own, and a note on how its figures were taken.</summary>
public interface IBenchSection
{
    /// <summary>The table's heading; every row the section returns carries it.</summary>
    string Title { get; }

    /// <summary>How the figures were taken, for the report's notes.</summary>
    string Note { get; }

    Task<IReadOnlyList<BenchmarkRow>> RunAsync(CancellationToken cancellationToken);
}
