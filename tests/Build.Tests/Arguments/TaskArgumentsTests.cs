using Build.Tests.Host;

namespace Build.Tests.Arguments;

/// <summary>The real program, given several bad arguments at once: one error lists them all before any task runs.</summary>
public sealed class TaskArgumentsTests
{
    [Test]
    public async Task Program_WithSeveralBadArguments_ListsEachWithItsFixAndRunsNothing()
    {
        // Given bad --runtime, --port, --tag and --canary-minutes on one command line
        // When the program runs
        var (exitCode, output) = await BuildProgram.RunAsync("--target", "package", "--runtime", "jvm", "--port", "http", "--tag", "1.0", "--canary-percent", "10", "--canary-minutes", "-3");
        var text = output;

        // Then it fails once, naming each argument and what to give instead, and packaged nothing
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Not.Zero);
            Assert.That(text, Does.Contain("Error: 4 task arguments cannot be used; fix each and run again:"));
            Assert.That(text, Does.Contain("  - --runtime 'jvm' is not known: use managed (dotnet10) or aot (provided.al2023)."));
            Assert.That(text, Does.Contain("  - --port 'http' is not a whole number from 0 to 65535: e.g. --port 8080."));
            Assert.That(text, Does.Contain("  - '1.0' is not a release tag"));
            Assert.That(text, Does.Contain("  - --canary-minutes must be between 0 and 1440, not -3: e.g. --canary-minutes 30."));
            Assert.That(text, Does.Not.Contain("Publishing"));
        });
    }
}
