using System.Text.RegularExpressions;
using TestSupport;

namespace SkillRelease.Tests.Conventions;

/// <summary>
/// The engine speaks no CLI and tells no stories (issue 14.5): the build program words errors with its own option
/// names, and the rehearsal keeps its narration of the runbook. Comment lines may cite how a real tool was checked
/// (<c>aws … --debug</c>); what the engine can say, its code, may not spell an option.
/// </summary>
public sealed partial class EngineWordingTests
{
    private static readonly string Engine = RepositoryFiles.PathOf("src", "SkillRelease");

    [Test]
    public void EngineSource_OutsideComments_SpellsNoCommandLineOption()
    {
        // Given the engine's source lines that are code, not comments
        var spelled = SourceLines()
            .Where(line => !line.Text.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Where(line => OptionSpelling().IsMatch(line.Text))
            .Select(line => $"{line.File}:{line.Number}: {OptionSpelling().Match(line.Text).Value}")
            .ToList();

        // Then none spells a command-line option
        Assert.That(spelled, Is.Empty, "The engine names figures and tasks; the build program maps them to its switches (IntentValueException).");
    }

    [Test]
    public void EngineSource_NowhereMentionsTheRunbook()
    {
        // Given every line of the engine's source, comments included
        var mentions = SourceLines()
            .Where(line => line.Text.Contains("runbook", StringComparison.OrdinalIgnoreCase))
            .Select(line => $"{line.File}:{line.Number}")
            .ToList();

        // Then the rehearsal's narration lives in the rehearsal only
        Assert.That(mentions, Is.Empty, "The runbook lines each step replaces belong to build/Build/Rehearsal.");
    }

    [Test]
    public void OptionSpelling_FindsASwitchButNotAnArrowOrADecrement()
    {
        // Given the pattern the first test relies on
        // Then it sees a switch in a message, and not the other double hyphens code has
        Assert.Multiple(() =>
        {
            Assert.That(OptionSpelling().IsMatch("\"run cut-release --tag v1\""), Is.True);
            Assert.That(OptionSpelling().IsMatch("count--;"), Is.False);
            Assert.That(OptionSpelling().IsMatch("<!-- a -->"), Is.False);
        });
    }

    private static IEnumerable<(string File, int Number, string Text)> SourceLines() =>
        Directory.EnumerateFiles(Engine, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .SelectMany(path => File.ReadLines(path).Select((text, index) => (Path.GetRelativePath(RepositoryFiles.Root, path), index + 1, text)));

    // Two hyphens, not glued to a word before them, then an option's name.
    [GeneratedRegex(@"(?<![\w-])--[a-z][a-z0-9-]*")]
    private static partial Regex OptionSpelling();
}
