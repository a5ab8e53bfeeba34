using Build.Hosting;

namespace Build.Tests.Host;

public sealed class ConsoleTraitsTests
{
    [TestCase(true, null, true)]
    [TestCase(true, "", true)]
    [TestCase(true, "1", false)]
    [TestCase(true, "0", false)]
    [TestCase(false, null, false)]
    [TestCase(false, "1", false)]
    public void For_AnOutputAndNoColor_ColoursOnlyATerminalWithoutNoColor(bool isTerminal, string? noColor, bool colours)
    {
        // Given an output that is or is not a terminal, and NO_COLOR unset, empty or set (any value counts, no-color.org)
        // When its traits are read
        var traits = ConsoleTraits.For(isTerminal, noColor);

        // Then colours only on a terminal with NO_COLOR unset or empty; a live line on any terminal
        Assert.That(traits, Is.EqualTo(new ConsoleTraits(isTerminal, colours)));
    }
}
