using SkillRelease.Smapi.Model;

namespace SkillRelease.Simulator.Smapi;

/// <summary>The last asynchronous write to a resource (manifest or one locale's model): IN_PROGRESS until
/// <see cref="CompletesAt"/>, then SUCCEEDED, or FAILED with <see cref="Errors"/>.</summary>
internal sealed record ResourceUpdate(DateTimeOffset CompletesAt, IReadOnlyList<Violation> Errors, int Version)
{
    public string StatusAt(DateTimeOffset now) => now < CompletesAt ? UpdateStatuses.InProgress : Errors.Count == 0 ? UpdateStatuses.Succeeded : UpdateStatuses.Failed;
}

/// <summary>One problem, as SMAPI words it in violations and status errors.</summary>
public sealed record Violation(string Code, string Message);
