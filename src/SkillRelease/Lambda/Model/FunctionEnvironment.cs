namespace SkillRelease.Lambda.Model;

/// <summary>
/// A function's environment variables, the service model's <c>Environment</c> (request) and
/// <c>EnvironmentResponse</c> (answer) in one: both are <c>{"Variables": {...}}</c>.
/// </summary>
public sealed record FunctionEnvironment
{
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();
}
