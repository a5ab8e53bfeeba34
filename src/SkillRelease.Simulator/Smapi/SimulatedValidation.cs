using SkillRelease.Smapi.Model;

namespace SkillRelease.Simulator.Smapi;

/// <summary>A validation run: its checks are decided when it is submitted and revealed once it completes.</summary>
internal sealed record SimulatedValidation(string Id, DateTimeOffset CompletesAt, IReadOnlyList<ValidationItem> Checks)
{
    public string StatusAt(DateTimeOffset now) =>
        now < CompletesAt ? UpdateStatuses.InProgress : Checks.Any(c => !c.Passed) ? UpdateStatuses.Failed : UpdateStatuses.Successful;
}

/// <summary>One check of a validation run (all REQUIRED here).</summary>
internal sealed record ValidationItem(string Title, string Description, string? Locale, bool Passed);
