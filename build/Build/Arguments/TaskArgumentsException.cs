namespace Build.Arguments;

/// <summary>
/// Task arguments that cannot be used, all of them at once: a maintainer fixes the command line once, not once per
/// argument. One problem is its own sentence; several are listed one per line.
/// </summary>
public sealed class TaskArgumentsException(IReadOnlyList<string> problems)
    : ArgumentException(problems.Count == 1
        ? problems[0]
        : $"{problems.Count} task arguments cannot be used; fix each and run again:{string.Concat(problems.Select(problem => "\n  - " + problem))}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
