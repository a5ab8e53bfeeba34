using System.Diagnostics;
using System.Text.RegularExpressions;

namespace BostonInfo.Skill.Bootstrap.Tests.Support;

/// <summary>The glibc symbol versions an ELF executable needs, read from <c>objdump -T</c> (binutils).</summary>
internal static partial class GlibcVersions
{
    public static async Task<IReadOnlyList<Version>> RequiredByAsync(string executable)
    {
        var start = new ProcessStartInfo("objdump", ["-T", executable])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start objdump.");
        var table = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.That(process.ExitCode, Is.Zero, "objdump -T " + executable);
        return GlibcVersion().Matches(table).Select(match => Version.Parse(match.Groups[1].Value)).Distinct().ToList();
    }

    [GeneratedRegex(@"\bGLIBC_(\d+\.\d+(?:\.\d+)?)\b")]
    private static partial Regex GlibcVersion();
}
