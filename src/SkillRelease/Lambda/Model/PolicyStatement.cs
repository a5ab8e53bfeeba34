namespace SkillRelease.Lambda.Model;

/// <summary>
/// One statement of a function's resource policy, as Lambda stores an AddPermission:
/// <c>{"Sid","Effect","Principal":{"Service":…},"Action","Resource","Condition":{"StringEquals":{"lambda:EventSourceToken":…}}}</c>.
/// </summary>
public sealed record PolicyStatement(string Sid, string? PrincipalService, string? Action, string? Resource, string? EventSourceToken);
