using System.Reflection;
using Build.Tasks;
using Cake.Frosting;
using TestSupport.Conventions;

namespace Build.Tests.Conventions;

/// <summary>The style guide's rules over the build program (STYLE.md §3 and §4). Each exemption is named with its
/// reason; a new offender fails. An exemption that no longer applies does not fail
/// (the offender may be fixed in another branch), but should be deleted with the fix.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Program = typeof(TestTask).Assembly;

    private const string FrostingSignature = "Frosting's fixed signature: RunAsync(context) takes no token; it reaches tasks through BuildContext (issue 14.2)";
    private const string NoContextToken = "issue 14.2: BuildContext carries no CancellationToken yet";
    private const string BenchPredates = "bench code predating the convention; issue 14.5 moves it into its own project";

    private static readonly Dictionary<string, string> AsyncExemptions = new()
    {
        ["Cake.Frosting.AsyncFrostingTask`1.RunAsync"] = FrostingSignature,
        ["Cake.Frosting.AsyncFrostingTask`1.Cake.Frosting.IFrostingTask.RunAsync"] = FrostingSignature,
        ["Cake.Frosting.FrostingTask`1.Cake.Frosting.IFrostingTask.RunAsync"] = FrostingSignature,
        ["Cake.Frosting.IFrostingTask.RunAsync"] = FrostingSignature,
        ["Build.Release.Checkup.RunAsync"] = NoContextToken,
        ["Build.Release.ReleaseSession.RunAsync"] = NoContextToken,
        ["Build.Release.ReleaseSession.PrintStatusAsync"] = NoContextToken,
        ["Build.Release.ReleaseSession.CanaryFiguresAsync"] = NoContextToken,
        ["Build.Rehearsal.RehearsalStory.UntilConvergedAsync"] = "wraps a run that already holds the rehearsal's token",
        ["Build.Rehearsal.RehearsalStory.ExpectRedRun"] = "awaits a run that already holds the rehearsal's token; to be renamed …Async",
        ["Build.Benchmarks.CliScript.AskAsync"] = BenchPredates,
        ["Build.Benchmarks.CliScript.AwsAsync"] = BenchPredates,
        ["Build.Benchmarks.CliScript.MeasureAsync"] = BenchPredates,
        ["Build.Benchmarks.CliScript.RunAsync"] = BenchPredates,
        ["Build.Benchmarks.EnginePipeline.MeasureAsync"] = BenchPredates,
        ["Build.Benchmarks.WarmLatencyBenchmark.CallAsync"] = BenchPredates,
    };

    private static readonly Dictionary<string, string> SecretExemptions = new()
    {
    };

    private static readonly Dictionary<string, string> SeveralTypesExemptions = new()
    {
        ["build/Build/Benchmarks/FirstAndRepeatBenchmark.cs"] = BenchPredates,
        ["build/Build/Benchmarks/TimedCommand.cs"] = BenchPredates,
        ["build/Build/Benchmarks/WarmLatencyBenchmark.cs"] = BenchPredates,
    };

    [Test]
    public void Tasks_AreSealed()
    {
        // Given the build program's tasks
        var tasks = TypeConventions.OwnTypes(Program).Where(type => typeof(IFrostingTask).IsAssignableFrom(type) && !type.IsAbstract).ToList();

        // When the unsealed ones are picked out
        var unsealed = TypeConventions.UnsealedImplementationsOf(Program, typeof(IFrostingTask));

        // Then there are tasks, and none can be subclassed
        Assert.Multiple(() =>
        {
            Assert.That(tasks, Is.Not.Empty, "the convention would pass vacuously without tasks");
            Assert.That(unsealed, Is.Empty);
        });
    }

    [Test]
    public void AsyncMethods_AreNamedAsyncAndTakeATokenLast_ExceptNamedExemptions()
    {
        // Given the build program
        // When its task-returning methods are read
        var offenders = TypeConventions.AsyncMethodsBreakingTheRule(Program);

        // Then only the named exemptions break the rule
        Assert.That(offenders, Is.SubsetOf(AsyncExemptions.Keys), "new: " + string.Join(", ", offenders.Except(AsyncExemptions.Keys)));
    }

    [Test]
    public void SecretNamedProperties_AreNotStrings_ExceptKnownOnes()
    {
        // Given the build program
        // When its properties are read
        var offenders = TypeConventions.SecretNamedStringProperties(Program);

        // Then only the known ones hold a secret as a plain string
        Assert.That(offenders, Is.SubsetOf(SecretExemptions.Keys), "new: " + string.Join(", ", offenders.Except(SecretExemptions.Keys)));
    }

    [Test]
    public void SourceFiles_DeclareOnePublicTopLevelType_ExceptNamedExemptions()
    {
        // Given the build program's folder
        // When its files are read
        var offenders = SourceConventions.FilesWithSeveralPublicTypes("build/Build");

        // Then only the named exemptions declare several public types
        Assert.That(offenders, Is.SubsetOf(SeveralTypesExemptions.Keys), "new: " + string.Join(", ", offenders.Except(SeveralTypesExemptions.Keys)));
    }
}
