namespace Benchmarks;

/// <summary>How long a command took and what it printed.</summary>
public sealed record TimedRun(double Milliseconds, string Output);
