namespace SkillRelease.Smapi.Model;

/// <summary>Body of POST /withdraw: a reason (TEST_SKILL, MORE_FEATURES, DISCOVERED_ISSUE, …, OTHER) and a message for OTHER.</summary>
public sealed record WithdrawRequest(string Reason, string? Message);
