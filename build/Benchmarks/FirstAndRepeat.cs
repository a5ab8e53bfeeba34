namespace Benchmarks;

/// <summary>First and repeat latencies, and the city-service calls each made on average.</summary>
public sealed record FirstAndRepeat(Sample First, Sample Repeat, double FirstCalls, double RepeatCalls);
