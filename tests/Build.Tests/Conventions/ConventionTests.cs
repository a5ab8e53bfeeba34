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

    protected override IReadOnlyDictionary<string, string> AsyncExemptions { get; } = new Dictionary<string, string>
    {
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
