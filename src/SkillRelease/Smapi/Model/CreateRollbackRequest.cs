namespace SkillRelease.Smapi.Model;

/// <summary>POST /v1/skills/{skillId}/rollbacks: the skill version (a number SMAPI gave a submission, as text) to make live again.</summary>
public sealed record CreateRollbackRequest(string TargetVersion);
