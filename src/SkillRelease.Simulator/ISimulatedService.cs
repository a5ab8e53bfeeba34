using Microsoft.AspNetCore.Routing;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator;

/// <summary>One simulated API: its endpoints, and how it writes an error.</summary>
internal interface ISimulatedService
{
    /// <summary>The service part of operation keys (<c>lambda</c>, <c>smapi</c>, <c>lwa</c>, <c>github</c>).</summary>
    string Name { get; }

    ErrorWriter WriteError { get; }

    void Map(IEndpointRouteBuilder routes);
}
