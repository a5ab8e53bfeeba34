using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using SkillRelease.Configuration;
using SkillRelease.Http;
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
    public static async Task<IReadOnlyList<DoctorRow>> RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var rows = new List<DoctorRow> { WorkflowSettings.Check(context.Root.Combine(".github/workflows").FullPath) };
        ReleaseSettings settings;
        try
        {
            settings = ReleaseSettings.FromEnvironment(context.EnvironmentVariables);
            rows.Add(DoctorRow.Pass("settings", $"all {EnvironmentSettings.Required.Count} set (function {settings.FunctionName} in {settings.Region}, skill {settings.SkillId})"));
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

        var identity = await AwsIdentityCheck.RunAsync(settings.Region, settings.StsEndpoint, new SecretRedactor(settings.Secrets), credentials: null, cancellationToken);
        rows.Add(identity);
        var services = ReleaseSession.CreateServices(context, settings, new CakeLogger(context.Log));
        try
        {
            rows.AddRange(await new ReleaseDoctor(services, definition).CheckAsync(skill.Locales, cancellationToken));
        }
        catch (AmazonClientException) when (!identity.Passed)
        {
            // Without credentials the Lambda client cannot sign at all; the identity row above already says what to do.
            rows.Add(DoctorRow.Fail("function, skill and stages", $"not checked until the {AwsIdentityCheck.Check} row above is ✓."));
        }

        rows.Add(await GitHubLedgerCheck.RunAsync(settings.GitHubToken, settings.GitHubRepository, settings.GitHubApiUrl, new SecretRedactor(settings.Secrets), cancellationToken));
        return rows;
    }

    public static void Print(BuildContext context, IReadOnlyList<DoctorRow> rows) =>
        new CakeLogger(context.Log).Log(LogLevel.Information, "{Line}", DoctorTable.ToText(rows).TrimEnd());
}
