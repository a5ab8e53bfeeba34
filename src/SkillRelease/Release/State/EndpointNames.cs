namespace SkillRelease.Release.State;

/// <summary>How endpoints are named for people: $LATEST, alias blue, or the raw URI.</summary>
public static class EndpointNames
{
    public static string Describe(RemoteState state, string endpoint) =>
        endpoint == state.FunctionArn ? "$LATEST (the unqualified function ARN)"
        : endpoint.StartsWith(state.FunctionArn + ":", StringComparison.Ordinal) ? $"alias {endpoint[(state.FunctionArn.Length + 1)..]}"
        : endpoint;
}
