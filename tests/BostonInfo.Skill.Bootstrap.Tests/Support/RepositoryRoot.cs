namespace BostonInfo.Skill.Bootstrap.Tests.Support;

/// <summary>The checkout's root: the folder above the test's output that holds BostonInfo.slnx.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find(new DirectoryInfo(TestContext.CurrentContext.TestDirectory));

    private static string Find(DirectoryInfo? folder) =>
        folder is null ? throw new InvalidOperationException("No BostonInfo.slnx above " + TestContext.CurrentContext.TestDirectory)
        : File.Exists(System.IO.Path.Combine(folder.FullName, "BostonInfo.slnx")) ? folder.FullName
        : Find(folder.Parent);
}
