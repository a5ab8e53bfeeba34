using System.Xml.Linq;
using TestSupport;

namespace Build.Tests.Conventions;

/// <summary>Directory.Packages.props declares only what a project uses: a declared, unused package (Newtonsoft.Json
/// once) misleads a reader about the dependencies and still gets version-bump pull requests.</summary>
public sealed class PackageVersionTests
{
    private static readonly string[] SkippedFolders = ["bin", "obj", "artifacts", "node_modules", ".git"];

    [Test]
    public void EveryDeclaredPackageVersion_IsReferencedByAProject()
    {
        // Given the central versions
        var declared = Includes(RepositoryFiles.PathOf("Directory.Packages.props"), "PackageVersion");

        // When every project and MSBuild file of the checkout is read for the packages it references or downloads
        var referenced = ProjectFiles(RepositoryFiles.Root)
            .SelectMany(file => Includes(file, "PackageReference").Concat(Includes(file, "PackageDownload")))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        // Then none is declared for nothing
        Assert.That(declared.Where(name => !referenced.Contains(name)), Is.Empty, "declared in Directory.Packages.props, referenced by no project");
    }

    private static IEnumerable<string> Includes(string file, string element) =>
        XDocument.Load(file).Descendants(element).Select(item => (string?)item.Attribute("Include")).OfType<string>();

    private static IEnumerable<string> ProjectFiles(string folder) =>
        Directory.EnumerateFiles(folder).Where(file => Path.GetExtension(file) is ".csproj" or ".props" or ".targets")
            .Concat(Directory.EnumerateDirectories(folder)
                .Where(sub => !SkippedFolders.Contains(Path.GetFileName(sub)))
                .SelectMany(ProjectFiles));
}
