using SkillRelease.Lambda;

namespace SkillRelease.Release.State;

/// <summary>How endpoints are named for people: $LATEST, alias blue, or the raw URI.</summary>
public static class EndpointNames
{
    public static string Describe(RemoteState state, string endpoint) =>
        endpoint == state.FunctionArn ? "$LATEST (the unqualified function ARN)"
        : LambdaWire.UnqualifiedArn(endpoint) == state.FunctionArn && LambdaWire.ArnQualifier(endpoint) is { } alias ? $"alias {alias}"
        : endpoint;
}
