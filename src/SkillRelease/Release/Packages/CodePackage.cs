using SkillRelease.Release.Function;

namespace SkillRelease.Release.Packages;

/// <summary>The reproducible Lambda zip of one commit, and its hash in the form Lambda reports (base64 SHA-256).</summary>
public sealed record CodePackage(byte[] Zip, string CodeSha256, string Commit)
{
    /// <summary>The configuration the package runs with; null leaves the function's configuration alone.</summary>
    public FunctionDefinition? Definition { get; init; }

    public static CodePackage FromZip(byte[] zip, string commit) =>
        new(zip, Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(zip)), commit);

    public string ShortCommit => Commit.Length > 7 ? Commit[..7] : Commit;
}
