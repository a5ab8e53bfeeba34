using System.Text.RegularExpressions;

namespace Build.Tests.Conventions;

/// <summary>
/// Issue 14.2 over the build program's sources: the clock is the context's <see cref="TimeProvider"/>, taken from the
/// system in one place only (BuildContext), and every call gets the context's token, never
/// <see cref="CancellationToken.None"/>, so that Ctrl+C or a cancelled GitHub job stops a wait.
/// </summary>
public sealed partial class ClockAndTokenConventionTests
{
    private const string ProgramFolder = "build/Build";

    /// <summary>The one file that creates the program's clock.</summary>
    private const string ClockOwner = "build/Build/BuildContext.cs";

    [Test]
    public void BuildProgram_ReadsTheClockOnlyThroughTheContextsTimeProvider()
    {
        // Given the build program's sources
        // When the reads of the system clock are picked out
        var reads = Occurrences(ClockRead()).Where(found => !(found.File == ClockOwner && found.Text == "TimeProvider.System")).ToList();

        // Then there are none outside the one place that creates the context's clock
        Assert.That(reads, Is.Empty);
    }

    [Test]
    public void BuildProgram_NeverPassesCancellationTokenNone()
    {
        // Given the build program's sources
        // When the uses of a token nothing can cancel are picked out
        var uncancellable = Occurrences(NoToken()).ToList();

        // Then there are none
        Assert.That(uncancellable, Is.Empty);
    }

    [TestCase("var now = DateTime.UtcNow;", true)]
    [TestCase("var now = DateTimeOffset.Now;", true)]
    [TestCase("var now = DateTime.Now.Date;", true)]
    [TestCase("var watch = System.Diagnostics.Stopwatch.StartNew();", true)]
    [TestCase("var time = TimeProvider.System;", true)]
    [TestCase("var now = context.Time.GetUtcNow();", false)]
    [TestCase("var nowText = DateTimeOffset.Parse(text);", false)]
    public void ClockRead_FindsEachWayOfReadingTheSystemClock(string line, bool found) =>
        Assert.That(ClockRead().IsMatch(line), Is.EqualTo(found));

    [TestCase("await step.RunAsync(CancellationToken.None);", true)]
    [TestCase("await step.RunAsync(default(CancellationToken));", true)]
    [TestCase("await step.RunAsync(context.CancellationToken);", false)]
    public void NoToken_FindsATokenNothingCancels(string line, bool found) =>
        Assert.That(NoToken().IsMatch(line), Is.EqualTo(found));

    private static IEnumerable<(string File, int Line, string Text)> Occurrences(Regex pattern) =>
        Directory.EnumerateFiles(RepositoryFiles.PathOf(ProgramFolder), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .SelectMany(path => File.ReadAllLines(path).Select((text, index) => (path, index, text)))
            .Where(line => !line.text.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .SelectMany(line => pattern.Matches(line.text).Select(match =>
                (Path.GetRelativePath(RepositoryFiles.Root, line.path).Replace('\\', '/'), line.index + 1, match.Value)));

    [GeneratedRegex(@"\b(DateTime|DateTimeOffset)\.(Now|UtcNow|Today)\b|\bTimeProvider\.System\b|\bStopwatch\.(StartNew|GetTimestamp)\b|\bEnvironment\.TickCount")]
    private static partial Regex ClockRead();

    [GeneratedRegex(@"\bCancellationToken\.None\b|default\(CancellationToken\)")]
    private static partial Regex NoToken();
}
