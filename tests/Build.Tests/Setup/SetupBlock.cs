namespace Build.Tests.Setup;

/// <summary>One fenced <c>bash</c> block of docs/setup.md: where it starts, its commands, and its <c>setup-test</c> marker (null: none).</summary>
internal sealed record SetupBlock(int Line, string Commands, string? Marker)
{
    private const string MayFail = "doctor may fail on:";

    public bool Runs => Marker is not null && (Marker == "run" || Marker.StartsWith("run;", StringComparison.Ordinal));

    public bool Skips => Marker is not null && Marker.StartsWith("skip (", StringComparison.Ordinal) && Marker.EndsWith(')');

    /// <summary>The doctor rows that may be ✗ after this block (none: the block must succeed).</summary>
    public IReadOnlyList<string> RowsThatMayFail => Marker is not null && Marker.IndexOf(MayFail, StringComparison.Ordinal) is var at and >= 0
        ? Marker[(at + MayFail.Length)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        : [];
}
