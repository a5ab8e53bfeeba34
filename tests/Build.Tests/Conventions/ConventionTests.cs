using System.Reflection;
using Build.Tasks;
using Cake.Frosting;
using TestSupport.Conventions;

namespace Build.Tests.Conventions;

/// <summary>The style guide's rules (<see cref="StyleConventionTests"/>) over the build program, with its exemptions.</summary>
public sealed class ConventionTests : StyleConventionTests
{
    protected override Assembly Subject { get; } = typeof(TestTask).Assembly;

    protected override string SourceFolder => "build/Build";

    private const string FrostingSignature = "Frosting's fixed signature: RunAsync(context) takes no token; it reaches tasks through BuildContext (issue 14.2)";
    private const string NoContextToken = "issue 14.2: BuildContext carries no CancellationToken yet";

    protected override IReadOnlyDictionary<string, string> AsyncExemptions { get; } = new Dictionary<string, string>
    {
        ["Cake.Frosting.AsyncFrostingTask`1.RunAsync"] = FrostingSignature,
        ["Cake.Frosting.AsyncFrostingTask`1.Cake.Frosting.IFrostingTask.RunAsync"] = FrostingSignature,
        ["Cake.Frosting.FrostingTask`1.Cake.Frosting.IFrostingTask.RunAsync"] = FrostingSignature,
        ["Cake.Frosting.IFrostingTask.RunAsync"] = FrostingSignature,
        ["Build.Release.Checkup.RunAsync"] = NoContextToken,
        ["Build.Release.GitHubLedgerCheck.RunAsync"] = NoContextToken,
        ["Build.Release.ReleaseSession.RunAsync"] = NoContextToken,
        ["Build.Release.ReleaseSession.PrintStatusAsync"] = NoContextToken,
        ["Build.Release.ReleaseSession.CanaryFiguresAsync"] = NoContextToken,
        ["Build.Rehearsal.RehearsalStory.UntilConvergedAsync"] = "wraps a run that already holds the rehearsal's token",
        ["Build.Rehearsal.RehearsalStory.ExpectRedRun"] = "awaits a run that already holds the rehearsal's token; to be renamed …Async",
    };

    [Test]
    public void Tasks_AreSealed()
    {
        // Given the build program's tasks
        var tasks = TypeConventions.OwnTypes(Subject).Where(type => typeof(IFrostingTask).IsAssignableFrom(type) && !type.IsAbstract).ToList();

        // When the unsealed ones are picked out
        var unsealed = TypeConventions.UnsealedImplementationsOf(Subject, typeof(IFrostingTask));

        // Then there are tasks, and none can be subclassed
        Assert.Multiple(() =>
        {
            Assert.That(tasks, Is.Not.Empty, "the convention would pass vacuously without tasks");
            Assert.That(unsealed, Is.Empty);
        });
    }
}
