namespace SkillRelease.Lambda.Model;

/// <summary>A function configuration's <c>State</c> (lambda-contract.md §1.2–§1.3); values the pipeline does not name stay text.</summary>
public static class FunctionStates
{
    /// <summary>Right after CreateFunction, until the function's resources exist; calls against it fail.</summary>
    public const string Pending = "Pending";

    public const string Active = "Active";
}
