using Microsoft.Extensions.Logging;
using SkillRelease.Release.Configuration;
using SkillRelease.Release.Doctor;
using SkillRelease.Release.Function;
using SkillRelease.Release.Packages;

namespace Build.Release;

/// <summary>
/// doctor: the repository's checks (workflow settings, function.json, skill-package/) and, once the settings are
/// all there, the remote ones, into one table. Read-only; fails when any row is ✗.
/// </summary>
public static class Checkup
{
    public static async Task<IReadOnlyList<DoctorRow>> RunAsync(BuildContext context)
    {
        var rows = new List<DoctorRow> { WorkflowSettings.Check(context.Root.Combine(".github/workflows").FullPath) };
        ReleaseSettings settings;
        try
        {
            settings = ReleaseSettings.FromEnvironment(context.EnvironmentVariables);
            rows.Add(DoctorRow.Pass("settings", $"all {ReleaseSettings.Required.Count} set (function {settings.FunctionName} in {settings.Region}, skill {settings.SkillId})"));
        }
        catch (Exception exception) when (exception is MissingSettingsException or InvalidSettingException)
        {
            rows.Add(DoctorRow.Fail("settings", exception.Message));
            return rows;
        }

        FunctionDefinition definition;
        SkillPackage skill;
        try
        {
            definition = Packages.ReadDefinition(context, settings.SkillId);
            skill = SkillPackage.Load(context.SkillPackageDirectory.FullPath);
            rows.Add(DoctorRow.Pass("repository", $"function.json ({definition.Runtime}, package {(definition.IsNativeAot ? "Native AOT bootstrap" : "managed")}) and skill-package/ ({string.Join(", ", skill.Locales)}) read"));
        }
        catch (Exception exception) when (exception is FunctionDefinitionException or SkillPackageException)
        {
            rows.Add(DoctorRow.Fail("repository", exception.Message));
            return rows;
        }

        var services = ReleaseSession.CreateServices(context, settings, new CakeLogger(context.Log));
        rows.AddRange(await new ReleaseDoctor(services, definition).CheckAsync(skill.Locales, CancellationToken.None));
        return rows;
    }

    public static void Print(BuildContext context, IReadOnlyList<DoctorRow> rows) =>
        new CakeLogger(context.Log).Log(LogLevel.Information, "{Line}", DoctorTable.ToText(rows).TrimEnd());
}
