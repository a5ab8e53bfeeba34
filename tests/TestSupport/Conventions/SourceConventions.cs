using System.Text.RegularExpressions;

namespace TestSupport.Conventions;

/// <summary>
/// Checks of the source files themselves, where reflection cannot see: a compiled type does not say which file it
/// came from. Files are read as text, with the file-scoped namespaces this repository uses, so a top-level type is a
/// declaration that starts at the beginning of a line.
/// </summary>
internal static partial class SourceConventions
{
    /// <summary>Files (relative to the repository root, with '/') that declare more than one public top-level type.
    /// A generic type and its non-generic sibling of the same name (<c>FrostingTask</c>, <c>FrostingTask&lt;T&gt;</c>)
    /// count as one.</summary>
    public static IReadOnlyList<string> FilesWithSeveralPublicTypes(string projectFolder) =>
        [.. Directory.EnumerateFiles(RepositoryFiles.PathOf(projectFolder), "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .Where(path => PublicTopLevelTypes(File.ReadAllText(path)).Distinct().Count() > 1)
            .Select(path => Path.GetRelativePath(RepositoryFiles.Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    private static IEnumerable<string> PublicTopLevelTypes(string source) =>
        TopLevelType().Matches(source).Where(match => match.Groups["modifiers"].Value.Contains("public", StringComparison.Ordinal))
            .Select(match => match.Groups["name"].Value);

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules");

    [GeneratedRegex(@"^(?<modifiers>(?:(?:public|internal|private|file|sealed|static|abstract|partial|readonly|ref)\s+)*)(?:record\s+struct|record\s+class|record|class|struct|interface|enum)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();
}
