using SkillRelease.Release.Steps;

namespace SkillRelease.Release.Planning;

/// <summary>
/// What a task will do, as data: the steps in order, what is already current, warnings, and whether the run must
/// end red after applying (a failed certification is reported once). Printed alone in a plan-only run, applied otherwise.
/// </summary>
public sealed record Plan(IReadOnlyList<Step> Steps)
{
    /// <summary>The task it plans: the intent's <see cref="ReleaseIntent.Name"/>, set by <see cref="ReleasePlanner"/>, so
    /// no planner writes a task's name again.</summary>
    public string Title { get; init; } = "";

    /// <summary>Facts about the current state (what is already current, what is in review).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>
    /// What the GitHub ledger should hold for the state this plan leaves, written after the steps. Planned from the
    /// observed state on every run, even when there are no steps, so a record lost to a crash or a lost response is
    /// written by the next run; the ledger finds before it writes, so never twice.
    /// </summary>
    public IReadOnlyList<RecordOnGitHub> Records { get; init; } = [];

    /// <summary>When set, the task fails with this sentence after applying the steps.</summary>
    public string? FailureAfterApply { get; init; }

    public bool IsEmpty => Steps.Count == 0;
}
