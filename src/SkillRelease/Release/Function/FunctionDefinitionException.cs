namespace SkillRelease.Release.Function;

/// <summary>The function's declared configuration is malformed; says which member and what to write instead.</summary>
public sealed class FunctionDefinitionException(string message) : Exception(message);
