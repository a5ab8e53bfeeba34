namespace TestSupport;

/// <summary>Finds node and npm on the PATH, or fails the test saying what to install.</summary>
internal static class NodeTools
{
    public static string Node => Find("node");

    public static string Npm => Find("npm");

    private static string Find(string tool)
    {
        var names = OperatingSystem.IsWindows() ? new[] { tool + ".cmd", tool + ".exe" } : new[] { tool };
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var found = folders.SelectMany(folder => names.Select(name => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
        if (found is null)
        {
            Assert.Fail($"This test needs {tool} (Node.js 20 or later with npm) on the PATH, and it was not found. " +
                "Install Node.js and run the tests again.");
        }

        return found!;
    }
}
