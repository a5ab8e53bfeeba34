using Build.Hosting;
using Cake.Frosting;

namespace Build.Tests.Host;

[NonParallelizable]
public sealed class CakeHostTests
{
    [SetUp]
    public void ClearLedger() => SampleLedger.Clear();

    [Test]
    public void Run_Target_RunsItsDependenciesFirstAndPassesNamedArguments()
    {
        var run = Run("--target", "sample-verify", "--greeting", "hello");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output);
        Assert.That(SampleLedger.Snapshot(), Is.EqualTo(new[] { "compile", "verify greeting=hello" }));
    }

    [Test]
    public void Run_ArgumentWithEqualsSign_IsReadLikeASeparateValue()
    {
        var run = Run("--target=sample-verify", "--greeting=bonjour");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output);
        Assert.That(SampleLedger.Snapshot(), Does.Contain("verify greeting=bonjour"));
    }

    [Test]
    public void Run_Exclusive_SkipsDependencies()
    {
        var run = Run("--target", "sample-verify", "--exclusive");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output);
        Assert.That(SampleLedger.Snapshot(), Is.EqualTo(new[] { "verify greeting=none" }));
    }

    [Test]
    public void Run_FailingTask_ExitsNonZeroEndsWithTheMessageAndStillRunsFinally()
    {
        var run = Run("--target", "sample-explode");

        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.LastLine, Is.EqualTo("Error: The skill id 'amzn1.ask.skill.x' does not exist: check ALEXA_SKILL_ID."));
        Assert.That(SampleLedger.Snapshot(), Is.EqualTo(new[] { "compile", "explode finally" }));
    }

    [Test]
    public void Run_DryRun_RunsNothingButNamesTheTasksInOrder()
    {
        var run = Run("--target", "sample-verify", "--dryrun");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output);
        Assert.That(SampleLedger.Snapshot(), Is.Empty);
        Assert.That(run.Output, Does.Contain("1. sample-compile").And.Contain("2. sample-verify"));
    }

    [Test]
    public void Run_TargetWhoseCriteriaSayNo_DoesNotRunItAndSaysWhy()
    {
        var run = Run("--target", "sample-skipped");

        Assert.That(SampleLedger.Snapshot(), Is.Empty);
        Assert.That(run.LastLine, Does.Contain("skipped due to a criteria"));
    }

    [Test]
    public void Run_UnknownTarget_ExitsNonZeroNamingIt()
    {
        var run = Run("--target", "nope");

        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.LastLine, Is.EqualTo("Error: The target 'nope' was not found."));
    }

    [Test]
    public void Run_Description_ListsEveryTaskWithItsDescription()
    {
        var run = Run("--description");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output);
        Assert.That(run.Output, Does.Contain("sample-explode").And.Contain("Sample: fails after its dependency ran."));
        Assert.That(SampleLedger.Snapshot(), Is.Empty);
    }

    private static HostRun Run(params string[] args)
    {
        var output = new StringWriter();
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(output);
        try
        {
            var exitCode = new CakeHost()
                .UseContext<SampleContext>()
                .AddAssembly(typeof(SampleContext).Assembly)
                // As the build program does for an output that is not a terminal: the words, without colour codes.
                .ConfigureServices(services => ConsoleColours.Register(services, ConsoleTraits.For(isTerminal: false, noColor: null)))
                .Run(args);
            return new HostRun(exitCode, output.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }

    private sealed record HostRun(int ExitCode, string Output)
    {
        public string LastLine => Output.TrimEnd().Split('\n').Last().Trim();
    }
}
