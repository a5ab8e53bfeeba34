using System.Diagnostics;

namespace SkillRelease.Sts;

/// <summary>GetCallerIdentity's answer: who the credentials belong to (the call needs no permission, so any valid credentials get it).</summary>
[DebuggerDisplay("{Arn}")]
public sealed record CallerIdentity(string Account, string Arn, string UserId);
