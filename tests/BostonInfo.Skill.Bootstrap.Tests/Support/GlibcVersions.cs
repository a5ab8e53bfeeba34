using System.Text.RegularExpressions;

namespace BostonInfo.Skill.Bootstrap.Tests.Support;

/// <summary>The glibc symbol versions an ELF executable needs, read from <c>objdump -T</c> (binutils).</summary>
internal static partial class GlibcVersions
{
    public static async Task<IReadOnlyList<Version>> RequiredByAsync(string executable)
    {
        var objdump = await ProcessRun.RunAsync("objdump", ["-T", executable], Path.GetTempPath(), TimeSpan.FromMinutes(1));
        Assert.That(objdump.ExitCode, Is.Zero, "objdump -T " + executable + "\n" + objdump.Tail());
        return GlibcVersion().Matches(objdump.StandardOutput).Select(match => Version.Parse(match.Groups[1].Value)).Distinct().ToList();
    }

    [GeneratedRegex(@"\bGLIBC_(\d+\.\d+(?:\.\d+)?)\b")]
    private static partial Regex GlibcVersion();
}
