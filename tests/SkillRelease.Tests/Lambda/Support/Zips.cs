using System.IO.Compression;
using System.Text;

namespace SkillRelease.Tests.Lambda.Support;

/// <summary>Small, distinct, valid deployment packages (moto unpacks them; the simulator only hashes them).</summary>
internal static class Zips
{
    public static byte[] Package(string label)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("BostonInfo.Skill.dll").Open();
            entry.Write(Encoding.UTF8.GetBytes($"package {label}"));
        }

        return buffer.ToArray();
    }
}
