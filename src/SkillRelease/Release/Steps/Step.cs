namespace SkillRelease.Release.Steps;

/// <summary>
/// One remote change in a plan. A step carries the guard values it was planned from (RevisionId, ETag,
/// CodeSha256), so the API itself refuses it when someone changed the resource since (invariant 6).
/// </summary>
public abstract record Step
{
    /// <summary>What the step does, as the plan prints it.</summary>
    public abstract string Description { get; }

    /// <summary>Whether the step writes to Lambda or SMAPI (as opposed to waiting or recording on GitHub).</summary>
    public virtual bool WritesToSkill => true;

    public abstract Task ApplyAsync(StepContext context, CancellationToken cancellationToken);

    // Sealed: otherwise each step record synthesizes its own ToString (all its members) and this one is never called.
    public sealed override string ToString() => Description;
}
