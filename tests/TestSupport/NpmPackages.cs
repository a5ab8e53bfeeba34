using System.Security.Cryptography;
using System.Text;

namespace TestSupport;

/// <summary>
/// The npm packages of a test folder (its committed package.json and package-lock.json), installed into its
/// git-ignored node_modules by the test itself, so a fresh clone needs nothing typed first. `npm ci` runs only when
/// node_modules is missing or package.json / package-lock.json changed since the last install (a stamp file inside
/// node_modules records their hash), and test runs of two processes at once take turns through a lock file.
/// </summary>
/// <param name="folder">The folder holding package.json and package-lock.json.</param>
/// <param name="markerPackage">A package whose presence in node_modules means the install finished.</param>
internal sealed class NpmPackages(string folder, string markerPackage)
{
    private const string StampName = ".boston-info-installed.sha256";

    public string Folder => folder;

    public async Task EnsureInstalledAsync()
    {
        var wanted = HashOfManifests();
        var modules = Path.Combine(Folder, "node_modules");
        var stamp = Path.Combine(modules, StampName);

        await using var turn = await TakeTurnAsync();
        if (File.Exists(stamp) && await File.ReadAllTextAsync(stamp) == wanted &&
            File.Exists(Path.Combine(modules, markerPackage, "package.json")))
        {
            return;
        }

        // --ignore-scripts: none of our packages needs an install script, and tests should not run any.
        var npm = await ProcessRun.RunAsync(NodeTools.Npm, ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], Folder, TimeSpan.FromMinutes(10));
        if (npm.ExitCode != 0)
        {
            Assert.Fail($"`npm ci` in {Folder} failed with exit code {npm.ExitCode}, so {markerPackage} is not installed. " +
                $"Is the npm registry reachable? npm said:\n{npm.Tail()}");
        }

        await File.WriteAllTextAsync(stamp, wanted);
    }

    private string HashOfManifests()
    {
        var manifests = File.ReadAllText(Path.Combine(Folder, "package.json")) + "\0" + File.ReadAllText(Path.Combine(Folder, "package-lock.json"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(manifests)));
    }

    /// <summary>An exclusive lock in the temp folder, per checkout and folder, held while checking and installing.</summary>
    private async Task<FileStream> TakeTurnAsync()
    {
        var folderKey = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Folder)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"boston-info-npm-{folderKey}.lock");
        var giveUp = DateTime.UtcNow.AddMinutes(15);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < giveUp)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }
}
