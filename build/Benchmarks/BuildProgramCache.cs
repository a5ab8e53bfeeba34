namespace Benchmarks;

/// <summary>
/// What the workflows' build-program cache holds and how a job restores it (.github/actions/setup-dotnet): the
/// compiled build program under its bin folder, keyed on the sources build.sh watches. A hit means the program was
/// compiled from these very sources, so the job touches build.sh's stamp and build.sh compiles nothing.
/// </summary>
public sealed class BuildProgramCache
{
    /// <summary>build.sh's program_dir and stamp, relative to a checkout.</summary>
    public const string ProgramFolder = "build/Build/bin/Debug/net10.0";

    private const string Stamp = ".built-from-sources";

    /// <summary>What build.sh watches, and the cache key hashes: a change to any of them is a cache miss.</summary>
    private static readonly string[] Sources = ["build", "src", "Directory.Build.props", "Directory.Packages.props", "global.json"];

    private readonly string _folder;

    private BuildProgramCache(string folder) => _folder = folder;

    /// <summary>
    /// The cache entry for the committed sources: this checkout's own build program when its sources are those of
    /// HEAD (the program running now was compiled from them), else a program compiled in a clone of HEAD.
    /// </summary>
    public static async Task<BuildProgramCache> ForHeadAsync(string repositoryRoot, string scratch, TimeProvider time, CancellationToken cancellationToken)
    {
        var changed = await TimedCommand.RunAsync("git", ["status", "--porcelain", "--", .. Sources], repositoryRoot, NoVariables, time, cancellationToken);
        if (changed.Output.Length == 0 && File.Exists(Path.Combine(repositoryRoot, ProgramFolder, Stamp)))
        {
            return new BuildProgramCache(Path.Combine(repositoryRoot, ProgramFolder));
        }

        // As the first job after a source change does: clone, compile through build.sh, and save the bin folder.
        var clone = await CloneAsync(repositoryRoot, Path.Combine(scratch, "cache-source"), time, cancellationToken);
        await TimedCommand.RunAsync(Path.Combine(clone, "build.sh"), ["--description"], clone, NoVariables, time, cancellationToken);
        return new BuildProgramCache(Path.Combine(clone, ProgramFolder));
    }

    /// <summary>A fresh checkout of HEAD as actions/checkout makes it: one commit deep.</summary>
    public static async Task<string> CloneAsync(string repositoryRoot, string into, TimeProvider time, CancellationToken cancellationToken)
    {
        await TimedCommand.RunAsync("git", ["clone", "--quiet", "--depth", "1", new Uri(repositoryRoot).AbsoluteUri, into], repositoryRoot, NoVariables, time, cancellationToken);
        return into;
    }

    /// <summary>actions/cache's restore, then the workflow's touch of the stamp.</summary>
    public void RestoreInto(string checkout)
    {
        var target = Path.Combine(checkout, ProgramFolder);
        foreach (var file in Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(_folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        File.WriteAllText(Path.Combine(target, Stamp), string.Empty);
    }

    private static IReadOnlyDictionary<string, string?> NoVariables { get; } = new Dictionary<string, string?>();
}
