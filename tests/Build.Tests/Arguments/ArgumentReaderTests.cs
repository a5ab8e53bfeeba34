using Build.Arguments;
using Build.Release;

namespace Build.Tests.Arguments;

/// <summary>Task arguments are read once, and every bad one is reported in one error that says how to fix each.</summary>
public sealed class ArgumentReaderTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    [Test]
    public void ReleaseArguments_WithSeveralBadOnes_ReportsEveryOneTogether()
    {
        // Given a command line with a bad tag, canary percent and duration, fault and publication method
        var arguments = Reader(("tag", "release-7"), ("canary-percent", "150"), ("canary-minutes", "soon"), ("fail", "lambda:PublishVersion:1:gone"), ("publication-method", "later"));

        // When the release arguments are read and the problems thrown
        _ = new ReleaseArguments(arguments, NoEnvironment, RepositoryFiles.Root);
        var error = Assert.Throws<TaskArgumentsException>(arguments.ThrowIfAny)!;

        // Then each bad argument is one line of the one error, with its fix
        Assert.Multiple(() =>
        {
            Assert.That(error.Problems, Has.Count.EqualTo(5));
            Assert.That(error.Message, Does.StartWith("5 task arguments cannot be used; fix each and run again:"));
            Assert.That(error.Message, Does.Contain("'release-7' is not a release tag").And.Contain("e.g. v1.2.0"));
            Assert.That(error.Message, Does.Contain("--canary-percent must be between 0 and 100, not 150: e.g. --canary-percent 10."));
            Assert.That(error.Message, Does.Contain("--canary-minutes 'soon' is not a number"));
            Assert.That(error.Message, Does.Contain("--fail 'lambda:PublishVersion:1:gone' is not SERVICE:Operation:N:FAULT"));
            Assert.That(error.Message, Does.Contain("--publication-method 'later' is not known: use AUTO_PUBLISHING or MANUAL_PUBLISHING."));
        });
    }

    [Test]
    public void ReleaseArguments_AllGood_ReadsTheCanaryWithItsWatchSettings()
    {
        // Given a promote with a canary and its watch settings
        var arguments = Reader(("canary-percent", "10"), ("canary-minutes", "30"), ("canary-poll-seconds", "5"), ("canary-min-invocations", "7"), ("canary-max-error-rate", "0.1"));

        // When they are read
        var release = new ReleaseArguments(arguments, new Dictionary<string, string?> { ["AWS_ROLE_DURATION_SECONDS"] = "7200" }, RepositoryFiles.Root);

        // Then nothing is wrong and the canary carries every setting
        Assert.Multiple(() =>
        {
            Assert.That(arguments.Problems, Is.Empty);
            Assert.That(release.Canary, Is.Not.Null);
            Assert.That(release.Canary!.Percent, Is.EqualTo(10));
            Assert.That(release.Canary.Duration, Is.EqualTo(TimeSpan.FromMinutes(30)));
            Assert.That(release.Canary.PollInterval, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(release.Canary.MinInvocations, Is.EqualTo(7));
            Assert.That(release.Canary.MaxErrorRate, Is.EqualTo(0.1));
            Assert.That(release.Canary.CredentialLifetime, Is.EqualTo(TimeSpan.FromHours(2)));
        });
    }

    [TestCase("canary-percent", "10", "--canary-minutes must be more than 0 and at most 1440 with --canary-percent, not missing")]
    [TestCase("canary-minutes", "30", "--canary-percent must be more than 0 and less than 100 with --canary-minutes, not missing")]
    public void ReleaseArguments_HalfACanary_SaysWhatIsMissing(string name, string value, string expected)
    {
        // Given only one of the two canary arguments
        var arguments = Reader((name, value));

        // When they are read
        var release = new ReleaseArguments(arguments, NoEnvironment, RepositoryFiles.Root);

        // Then there is no canary, and one problem names the other argument
        Assert.Multiple(() =>
        {
            Assert.That(release.Canary, Is.Null);
            Assert.That(arguments.Problems, Has.One.StartsWith(expected));
        });
    }

    [Test]
    public void ReleaseArguments_BadCanaryPercentAndGoodMinutes_ReportsThePercentOnce()
    {
        // Given a percent out of range beside a good duration
        var arguments = Reader(("canary-percent", "0.0.1"), ("canary-minutes", "30"));

        // When they are read
        _ = new ReleaseArguments(arguments, NoEnvironment, RepositoryFiles.Root);

        // Then the percent is the one problem (not also "missing")
        Assert.That(arguments.Problems, Is.EqualTo(new[] { "--canary-percent '0.0.1' is not a number: give one between 0 and 100, e.g. --canary-percent 10." }));
    }

    [TestCase("abc", "--port 'abc' is not a whole number from 0 to 65535: e.g. --port 8080.")]
    [TestCase("70000", "--port '70000' is not a whole number from 0 to 65535: e.g. --port 8080.")]
    public void Whole_OutOfRangeOrNotANumber_IsAProblemAndGivesTheFallback(string text, string expected)
    {
        // Given a bad port
        var arguments = Reader(("port", text));

        // When it is read
        var port = arguments.Whole("port", 8080, 0, 65535, "8080");

        // Then the fallback is used and the problem says how to fix it
        Assert.Multiple(() =>
        {
            Assert.That(port, Is.EqualTo(8080));
            Assert.That(arguments.Problems, Is.EqualTo(new[] { expected }));
        });
    }

    [Test]
    public void Reader_ArgumentsGivenTwiceAndInAnotherCase_TakesTheLastValueLikeCake()
    {
        // Given --Port 1 --port 2 and a bare --plan
        var arguments = new ArgumentReader(new Dictionary<string, ICollection<string>> { ["Port"] = ["1", "2"], ["plan"] = ["true"] });

        // When they are read
        // Then the last value counts, names ignore case, and a bare switch is on
        Assert.Multiple(() =>
        {
            Assert.That(arguments.Whole("port", 0, 0, 65535, "8080"), Is.EqualTo(2));
            Assert.That(arguments.Flag("PLAN"), Is.True);
            Assert.That(arguments.Flag("offline"), Is.False);
            Assert.DoesNotThrow(arguments.ThrowIfAny);
        });
    }

    [Test]
    public void ThrowIfAny_OneProblem_IsThatSentenceAlone()
    {
        // Given one bad choice
        var arguments = Reader(("runtime", "jvm"));
        arguments.Choice("runtime", 0, new Dictionary<string, int> { ["managed"] = 0, ["aot"] = 1 }, "managed (dotnet10) or aot (provided.al2023)");

        // When the problems are thrown
        var error = Assert.Throws<TaskArgumentsException>(arguments.ThrowIfAny)!;

        // Then the message is the one sentence, with no list around it
        Assert.That(error.Message, Is.EqualTo("--runtime 'jvm' is not known: use managed (dotnet10) or aot (provided.al2023)."));
    }

    private static ArgumentReader Reader(params (string Name, string Value)[] arguments) =>
        new(arguments.GroupBy(argument => argument.Name).ToDictionary(group => group.Key, group => (ICollection<string>)[.. group.Select(argument => argument.Value)]));
}
