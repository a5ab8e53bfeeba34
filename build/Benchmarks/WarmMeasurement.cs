namespace Benchmarks;

/// <summary>The handler's latencies, and how many city-service calls one request made on average.</summary>
public sealed record WarmMeasurement(Sample Sample, double UpstreamCallsPerRequest);
