using System.Security.Cryptography;

namespace Build.Packaging;

/// <summary>A written package: where it is, how big, and its hash in the form Lambda reports as CodeSha256.</summary>
public sealed record PackageFile(string Path, long Size, string CodeSha256)
{
    public static PackageFile Read(string path)
    {
        using var stream = File.OpenRead(path);
        var hash = Convert.ToBase64String(SHA256.HashData(stream));
        return new PackageFile(path, stream.Length, hash);
    }
}
