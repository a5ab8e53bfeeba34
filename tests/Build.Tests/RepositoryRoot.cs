namespace Build.Tests;

/// <summary>The checkout the tests run in, found by walking up from the test binaries to the solution file.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "BostonInfo.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests are not running inside the repository (no BostonInfo.slnx above them).");
    }
}
