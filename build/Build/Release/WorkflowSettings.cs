using System.Text.RegularExpressions;
using SkillRelease.Configuration;
using SkillRelease.Release.Doctor;

namespace Build.Release;

/// <summary>
/// Which repository variables and secrets the workflows read, and whether every setting the tasks need is among
/// them (read from the YAML: GitHub's API would need admin rights to list the values' names).
/// </summary>
public static partial class WorkflowSettings
{
    public static DoctorRow Check(string workflowsDirectory)
    {
        const string check = "workflow settings";
        var passed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.Exists(workflowsDirectory) ? Directory.GetFiles(workflowsDirectory, "*.yml") : [])
        {
            foreach (Match match in Mapping().Matches(File.ReadAllText(file)))
            {
                passed[match.Groups["setting"].Value] = $"{match.Groups["kind"].Value}.{match.Groups["name"].Value}";
            }
        }

        var missing = EnvironmentSettings.Required.Select(setting => setting.Name).Where(name => !passed.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            return DoctorRow.Fail(check, $"no workflow passes {string.Join(", ", missing)}: add e.g. `{missing[0]}: ${{{{ vars.{missing[0]} }}}}` to release-task.yml's env.");
        }

        string Names(string kind) => string.Join(", ", EnvironmentSettings.Required.Select(setting => passed[setting.Name]).Where(v => v.StartsWith(kind, StringComparison.Ordinal)).Select(v => v[(kind.Length + 1)..]));
        return DoctorRow.Pass(check, $"the workflows read variables {Names("vars")} and secrets {Names("secrets")}: set each in Settings › Secrets and variables › Actions (gh variable list, gh secret list)");
    }

    /// <summary><c>SETTING: ${{ vars.NAME }}</c> or <c>${{ secrets.NAME }}</c>, as release-task.yml's env maps them.</summary>
    [GeneratedRegex(@"^\s*(?<setting>[A-Z][A-Z0-9_]*):\s*\$\{\{\s*(?<kind>vars|secrets)\.(?<name>[A-Z][A-Z0-9_]*)\s*\}\}", RegexOptions.Multiline)]
    private static partial Regex Mapping();
}
