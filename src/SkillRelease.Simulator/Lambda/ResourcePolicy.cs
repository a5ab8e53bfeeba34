namespace SkillRelease.Simulator.Lambda;

/// <summary>The resource policy of one qualifier (the unqualified function, a version or an alias), with its own RevisionId.</summary>
public sealed record ResourcePolicy(IReadOnlyList<PermissionStatement> Statements, string RevisionId);
