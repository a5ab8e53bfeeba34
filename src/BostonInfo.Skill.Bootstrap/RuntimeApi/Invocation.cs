namespace BostonInfo.Skill.Bootstrap.RuntimeApi;

/// <summary>One event handed out by <c>GET /runtime/invocation/next</c>.</summary>
public sealed record Invocation(string RequestId, byte[] Event, string? TraceId, string? InvocationId, DateTimeOffset? Deadline);
