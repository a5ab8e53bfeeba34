using System.Reflection;

namespace TestSupport.Conventions;

/// <summary>
/// The style guide's rules (STYLE.md §4) over one project, checked by reflection and by reading its files; each test
/// project derives one class from this, naming its project and its exemptions. Each exemption carries its reason. A
/// new offender fails; an exemption that no longer applies does not (the offender may be fixed in another branch),
/// but should be deleted with the fix.
/// </summary>
public abstract class StyleConventionTests
{
    /// <summary>The project's assembly.</summary>
    protected abstract Assembly Subject { get; }

    /// <summary>The project's folder, relative to the repository root (<c>src/SkillRelease</c>).</summary>
    protected abstract string SourceFolder { get; }

    /// <summary>Task-returning methods allowed another name or no token last, by <c>Namespace.Type.Method</c>.</summary>
    protected virtual IReadOnlyDictionary<string, string> AsyncExemptions { get; } = new Dictionary<string, string>();

    /// <summary>String properties named like a secret that are allowed, by <c>Namespace.Type.Property</c>.</summary>
    protected virtual IReadOnlyDictionary<string, string> SecretExemptions { get; } = new Dictionary<string, string>();

    /// <summary>Files allowed several public top-level types, relative to the repository root.</summary>
    protected virtual IReadOnlyDictionary<string, string> SeveralTypesExemptions { get; } = new Dictionary<string, string>();

    [Test]
    public void AsyncMethods_AreNamedAsyncAndTakeATokenLast_ExceptNamedExemptions()
    {
        // Given the project
        // When its task-returning methods are read
        var offenders = TypeConventions.AsyncMethodsBreakingTheRule(Subject);

        // Then only the named exemptions break the rule
        AssertOnlyExempted(offenders, AsyncExemptions);
    }

    [Test]
    public void SecretNamedProperties_AreNotStrings_ExceptKnownOnes()
    {
        // Given the project
        // When its properties are read
        var offenders = TypeConventions.SecretNamedStringProperties(Subject);

        // Then only the known ones hold a secret as a plain string
        AssertOnlyExempted(offenders, SecretExemptions);
    }

    [Test]
    public void SourceFiles_DeclareOnePublicTopLevelType_ExceptNamedExemptions()
    {
        // Given the project's folder
        // When its files are read
        var offenders = SourceConventions.FilesWithSeveralPublicTypes(SourceFolder);

        // Then only the named exemptions declare several public types
        AssertOnlyExempted(offenders, SeveralTypesExemptions);
    }

    private static void AssertOnlyExempted(IReadOnlyList<string> offenders, IReadOnlyDictionary<string, string> exemptions) =>
        Assert.That(offenders, Is.SubsetOf(exemptions.Keys), "new: " + string.Join(", ", offenders.Except(exemptions.Keys)));
}
