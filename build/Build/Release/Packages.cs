using Build.Packaging;
using SkillRelease.Configuration;
using SkillRelease.Release.Function;
using SkillRelease.Release.Packages;

namespace Build.Release;

/// <summary>The inputs of a release read from this checkout: the skill package, the function's declaration, then the code package.</summary>
public static class Packages
{
    /// <summary>
    /// The small files first: a malformed model or declaration stops the task before the slower publish. The package
    /// kind follows the declared runtime (the Native AOT bootstrap for <c>provided.*</c>), whatever <c>--runtime</c> says.
    /// </summary>
    public static (SkillPackage Skill, CodePackage Code) Read(BuildContext context, string skillId)
    {
        var skill = SkillPackage.Load(context.SkillPackageDirectory.FullPath);
        var definition = ReadDefinition(context, skillId);
        if (definition.Architecture != "x86_64")
        {
            throw new FunctionDefinitionException($"{context.FunctionDefinition.FullPath} declares {definition.Architecture}, but the package is built for linux-x64: declare [\"x86_64\"].");
        }

        var zip = SkillPackager.Package(context, definition.IsNativeAot ? LambdaRuntime.Aot : LambdaRuntime.Managed);
        // The packager has hashed the zip already; the bytes are read once for the upload.
        return (skill, new CodePackage(File.ReadAllBytes(zip.Path), zip.CodeSha256, context.Release.Commit) { Definition = definition });
    }

    /// <summary>function.json's <c>"${ALEXA_SKILL_ID}"</c> is filled in from the setting of that name.</summary>
    public static FunctionDefinition ReadDefinition(BuildContext context, string skillId) =>
        FunctionDefinition.Load(context.FunctionDefinition.FullPath, new Dictionary<string, string> { [EnvironmentSettings.SkillId.Name] = skillId });
}
