namespace BostonInfo.Skill.Bootstrap.Tests.Support;

/// <summary>
/// The bootstrap published with Native AOT exactly as <c>package --runtime aot</c> publishes it, once per test run,
/// into a temporary folder that stands for the unpacked package. The publish output is kept: the AOT compiler's
/// trimming and AOT warnings appear only there.
/// </summary>
internal sealed record PublishedBootstrap(string TaskRoot, int ExitCode, string PublishOutput)
{
    private static readonly string WorkFolder = Path.Combine(Path.GetTempPath(), "aot-bootstrap-" + Guid.NewGuid().ToString("N"));
    private static readonly Lazy<Task<PublishedBootstrap>> Published = new(PublishAsync);

    public string Executable => Path.Combine(TaskRoot, "bootstrap");

    public static Task<PublishedBootstrap> GetAsync() => Published.Value;

    /// <summary>Removes the published files, if this run published any.</summary>
    public static void Delete()
    {
        if (Directory.Exists(WorkFolder))
        {
            Directory.Delete(WorkFolder, recursive: true);
        }
    }

    private static async Task<PublishedBootstrap> PublishAsync()
    {
        var work = Directory.CreateDirectory(WorkFolder).FullName;
        var taskRoot = Path.Combine(work, "task");
        string[] arguments =
        [
            "publish", Path.Combine(RepositoryFiles.Root, "src/BostonInfo.Skill.Bootstrap/BostonInfo.Skill.Bootstrap.csproj"),
            "-c", "Release", "-r", "linux-x64", "--self-contained", "-o", taskRoot, "--nologo",
            // A fresh folder for the native compiler's output, so the AOT compiler runs (and warns) every time
            // instead of being skipped as up to date.
            $"-p:NativeIntermediateOutputPath={Path.Combine(work, "native")}/",
        ];
        var publish = await ProcessRun.RunAsync(
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", arguments, RepositoryFiles.Root, TimeSpan.FromMinutes(5));
        // As package does: symbols stay out of the zip.
        var published = Directory.Exists(taskRoot) ? Directory.EnumerateFiles(taskRoot) : [];
        foreach (var symbols in published.Where(file => file.EndsWith(".dbg", StringComparison.Ordinal) || file.EndsWith(".pdb", StringComparison.Ordinal)))
        {
            File.Delete(symbols);
        }

        return new PublishedBootstrap(taskRoot, publish.ExitCode, publish.StandardOutput + publish.StandardError);
    }
}
