using System.IO.Compression;

namespace Build.Packaging;

/// <summary>
/// Zips a folder so that the same files always give the same bytes: entries in ordinal path order, one fixed
/// timestamp, fixed Unix modes. The release pipeline skips uploads whose CodeSha256 has not changed, which only
/// works if an unchanged build gives an unchanged zip.
/// </summary>
public static class ReproducibleZip
{
    // DOS time cannot express dates before 1980; any fixed value does.
    private static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const int RegularFile = 0x8000;

    /// <summary>Writes <paramref name="zipPath"/> from every file below <paramref name="sourceDirectory"/>.</summary>
    /// <param name="executables">Paths relative to the folder (with '/') that get mode 0755; all else gets 0644.</param>
    public static PackageFile Create(string sourceDirectory, string zipPath, IReadOnlySet<string>? executables = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceDirectory);
        ArgumentException.ThrowIfNullOrEmpty(zipPath);
        if (!Directory.Exists(sourceDirectory))
        {
            throw new DirectoryNotFoundException($"Nothing to package: '{sourceDirectory}' does not exist.");
        }

        var files = Directory.EnumerateFiles(sourceDirectory, "*", SearchOption.AllDirectories)
            .Select(file => (Full: file, Entry: Path.GetRelativePath(sourceDirectory, file).Replace('\\', '/')))
            .OrderBy(file => file.Entry, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"Nothing to package: '{sourceDirectory}' is empty.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(zipPath))!);
        // Written beside the target and moved over it, so an interrupted run never leaves a half-written package.
        var partial = zipPath + ".partial";
        File.Delete(partial);
        using (var archive = ZipFile.Open(partial, ZipArchiveMode.Create))
        {
            foreach (var (full, entryName) in files)
            {
                var entry = archive.CreateEntry(entryName, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTimestamp;
                var mode = executables?.Contains(entryName) == true ? 0b111_101_101 : 0b110_100_100;
                entry.ExternalAttributes = (RegularFile | mode) << 16;
                using var target = entry.Open();
                using var source = File.OpenRead(full);
                source.CopyTo(target);
            }
        }

        File.Move(partial, zipPath, overwrite: true);
        return PackageFile.Read(zipPath);
    }
}
