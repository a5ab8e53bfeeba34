namespace SkillRelease.Simulator.Lambda;

/// <summary>A read-only copy of the simulated function, for assertions. Policies are keyed by qualifier, "" for the unqualified function.</summary>
public sealed record LambdaSnapshot(
    string FunctionArn,
    FunctionVersion Latest,
    IReadOnlyList<FunctionVersion> Versions,
    IReadOnlyDictionary<string, FunctionAlias> Aliases,
    IReadOnlyDictionary<string, ResourcePolicy> Policies);
