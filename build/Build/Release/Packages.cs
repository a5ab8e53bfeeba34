using Build.Packaging;
using SkillRelease.Release.Packages;

namespace Build.Release;

/// <summary>The two inputs of a release read from this checkout: the skill package, then the code package.</summary>
public static class Packages
{
    /// <summary>The skill package first: a malformed model stops the task before the slower publish.</summary>
    public static (SkillPackage Skill, CodePackage Code) Read(BuildContext context)
    {
        var skill = SkillPackage.Load(context.SkillPackageDirectory.FullPath);
        var zip = SkillPackager.Package(context, context.PackageRuntime);
        // The packager has hashed the zip already; the bytes are read once for the upload.
        return (skill, new CodePackage(File.ReadAllBytes(zip.Path), zip.CodeSha256, context.Release.Commit));
    }
}
