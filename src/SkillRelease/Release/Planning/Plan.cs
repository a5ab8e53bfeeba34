using SkillRelease.Release.Steps;

namespace SkillRelease.Release.Planning;

/// <summary>
/// What a task will do, as data: the steps in order, what is already current, warnings, and whether the run must
/// end red after applying (a failed certification is reported once). Printed by --dryrun, applied otherwise.
/// </summary>
public sealed record Plan(string Title, IReadOnlyList<Step> Steps)
{
    /// <summary>Facts about the current state (what is already current, what is in review).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>When set, the task fails with this sentence after applying the steps.</summary>
    public string? FailureAfterApply { get; init; }

    public bool IsEmpty => Steps.Count == 0;
}
