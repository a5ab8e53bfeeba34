namespace SkillRelease.Simulator.Faults;

/// <summary>
/// Endpoint metadata naming the API operation an endpoint serves, e.g. <c>("lambda", "PublishVersion")</c>. Fault
/// injection and call counting key on <see cref="Key"/> (<c>lambda:PublishVersion</c>).
/// </summary>
public sealed record SimulatedOperation(string Service, string Name)
{
    public string Key => $"{Service}:{Name}";

    /// <summary>True for calls that change state (what the crash-at-every-write tests count).</summary>
    public bool IsWrite { get; init; }
}
