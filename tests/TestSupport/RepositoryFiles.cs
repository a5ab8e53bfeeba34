namespace TestSupport;

/// <summary>Finds the checkout's root (the folder with BostonInfo.slnx) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BostonInfo.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No BostonInfo.slnx above " + TestContext.CurrentContext.TestDirectory);
    }
}
