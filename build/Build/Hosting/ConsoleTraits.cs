namespace Build.Hosting;

/// <summary>
/// What the program's standard output can show. Colours only on a terminal, and never when <c>NO_COLOR</c> is set to
/// anything but the empty string (https://no-color.org); a live, rewritten progress line only on a terminal too, since
/// a log (GitHub's job log, a test's captured output) keeps every rewrite as a line of its own.
/// </summary>
public sealed record ConsoleTraits(bool IsTerminal, bool Colours)
{
    /// <summary>This process's standard output, with the value of <c>NO_COLOR</c> (null when unset).</summary>
    public static ConsoleTraits OfStandardOutput(string? noColor) => For(!Console.IsOutputRedirected, noColor);

    public static ConsoleTraits For(bool isTerminal, string? noColor) => new(isTerminal, isTerminal && string.IsNullOrEmpty(noColor));
}
