namespace SkillRelease.Tests.Support;

/// <summary>One request as it left the client (<see cref="ScriptedTransport"/>).</summary>
internal sealed record SentRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string? Body);
