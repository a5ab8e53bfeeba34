using Microsoft.AspNetCore.Builder;

namespace SkillRelease.Simulator.Faults;

public static class EndpointConventions
{
    /// <summary>Names the operation an endpoint serves, for fault injection and call counting.</summary>
    public static TBuilder WithOperation<TBuilder>(this TBuilder builder, string service, string name, bool isWrite = false)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new SimulatedOperation(service, name) { IsWrite = isWrite });
}
