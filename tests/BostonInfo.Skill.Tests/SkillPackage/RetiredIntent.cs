namespace BostonInfo.Skill.Tests.SkillPackage;

/// <summary>An intent of the original skill that the port does not have, and why.</summary>
internal sealed record RetiredIntent(string Intent, string Reason);
