using System.Text.RegularExpressions;
using SkillRelease.Configuration;
using SkillRelease.Release.Configuration;
using SkillRelease.Simulator;
using TestSupport;

namespace SkillRelease.Tests.Configuration;

/// <summary>Issue 14.3: every setting has one name, and the docs, the reader and the simulator's exports use it.</summary>
public sealed partial class EnvironmentSettingsTests
{
    private static readonly string[] Documents = ["README.md", .. Directory.GetFiles(RepositoryFiles.PathOf("docs"), "*.md").Select(Path.GetFileName).Select(name => "docs/" + name)];

    [Test]
    public void Catalogue_NamesEachSettingOnce()
    {
        var names = EnvironmentSettings.All.Select(setting => setting.Name).ToList();

        Assert.That(names, Is.Unique);
        Assert.That(names, Has.All.Matches<string>(name => UpperSnakeCase().IsMatch(name)));
    }

    [Test]
    public void DocsSettingsTables_ListExactlyTheCatalogue_WithItsRequiredSecretAndPurpose()
    {
        var documented = Documents.SelectMany(document => SettingRows(document).Select(row => (Document: document, Row: row))).ToList();

        Assert.That(documented, Is.Not.Empty, "no table with a `| setting | required | secret | what |` header in README.md or docs/");
        Assert.That(documented.Select(d => d.Row.Name), Is.EquivalentTo(EnvironmentSettings.All.Select(setting => setting.Name)),
            "every catalogue name documented once, and every documented name in the catalogue (src/SkillRelease/Configuration/EnvironmentSettings.cs)");
        foreach (var (document, row) in documented)
        {
            var setting = EnvironmentSettings.All.Single(s => s.Name == row.Name);
            Assert.That(row, Is.EqualTo(new Row(setting.Name, YesNo(setting.IsRequired), YesNo(setting.IsSecret), setting.Purpose)), $"{document}: the row of {row.Name}");
        }
    }

    [Test]
    public void FromEnvironment_OfNothing_MissesExactlyTheCataloguesRequiredSettings()
    {
        var error = Assert.Throws<MissingSettingsException>(() => ReleaseSettings.FromEnvironment(new Dictionary<string, string?>()));

        Assert.That(error!.Names, Is.EqualTo(EnvironmentSettings.Required.Select(setting => setting.Name)));
    }

    [Test]
    public async Task SimulatorExports_UseOnlyCatalogueNames_AndCoverEveryRequiredSetting()
    {
        await using var simulator = await SkillSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None);

        var exported = simulator.ClientEnvironment.Keys.ToList();

        Assert.That(exported, Is.SubsetOf(EnvironmentSettings.All.Select(setting => setting.Name)));
        Assert.That(EnvironmentSettings.Required.Select(setting => setting.Name), Is.SubsetOf(exported));
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    /// <summary>The rows of every table whose header is <c>| setting | required | secret | what |</c>.</summary>
    private static IEnumerable<Row> SettingRows(string document)
    {
        var inTable = false;
        foreach (var line in File.ReadLines(RepositoryFiles.PathOf(document)))
        {
            if (!line.StartsWith('|'))
            {
                inTable = false;
                continue;
            }

            var cells = line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray();
            if (cells is ["setting", "required", "secret", "what"])
            {
                inTable = true;
            }
            else if (inTable && cells.Length == 4 && !cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                yield return new Row(cells[0].Trim('`'), cells[1], cells[2], cells[3]);
            }
        }
    }

    private sealed record Row(string Name, string Required, string Secret, string Purpose);

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex UpperSnakeCase();
}
