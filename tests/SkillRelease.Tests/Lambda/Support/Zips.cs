using System.Text;

namespace SkillRelease.Tests.Lambda.Support;

/// <summary>Distinct deployment packages; the simulated Lambda only hashes them.</summary>
internal static class Zips
{
    public static byte[] Package(string label) => Encoding.UTF8.GetBytes($"PK package {label}");
}
