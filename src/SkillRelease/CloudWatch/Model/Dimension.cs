namespace SkillRelease.CloudWatch.Model;

/// <summary>One name/value pair of a metric's identity (e.g. <c>FunctionName</c> = <c>boston-info</c>).</summary>
public sealed record Dimension(string Name, string Value);
