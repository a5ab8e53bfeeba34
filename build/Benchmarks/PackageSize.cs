using System.IO.Compression;

namespace Benchmarks;

/// <summary>A package's zip size (what is uploaded) and unpacked size (what Lambda extracts, limit 250 MB).</summary>
public sealed record PackageSize(string Name, long ZipBytes, long UnpackedBytes)
{
    public static PackageSize Of(string name, string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        return new PackageSize(name, new FileInfo(zipPath).Length, zip.Entries.Sum(entry => entry.Length));
    }
}
