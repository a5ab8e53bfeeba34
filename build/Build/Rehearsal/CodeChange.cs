using System.IO.Compression;
using SkillRelease.Release.Packages;

namespace Build.Rehearsal;

/// <summary>A "code change" for the rehearsal: the real package with one extra file, hence a new CodeSha256.</summary>
public static class CodeChange
{
    public static CodePackage Of(CodePackage original, string note)
    {
        using var buffer = new MemoryStream();
        buffer.Write(original.Zip);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.CreateEntry("REHEARSAL.txt");
            entry.LastWriteTime = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var writer = new StreamWriter(entry.Open());
            writer.Write(note);
        }

        return CodePackage.FromZip(buffer.ToArray(), original.Commit) with { Definition = original.Definition };
    }
}
