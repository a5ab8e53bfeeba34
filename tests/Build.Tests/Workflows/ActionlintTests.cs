namespace Build.Tests.Workflows;

/// <summary>actionlint finds nothing in our workflows, and would find a defect if there were one.</summary>
public sealed class ActionlintTests
{
    private IReadOnlyList<ActionlintFinding> _findings = null!;

    private static IEnumerable<string> Workflows => GitHubFile.WorkflowNames;

    [OneTimeSetUp]
    public async Task LintEveryWorkflow() =>
        _findings = await Actionlint.LintAsync(Workflows.Select(name => Path.Combine(GitHubFile.WorkflowFolder, name)));

    [TestCaseSource(nameof(Workflows))]
    public void Workflow_HasNoActionlintFindings(string workflow)
    {
        Assert.That(_findings.Where(finding => Path.GetFileName(finding.File) == workflow).Select(finding => finding.ToString()), Is.Empty);
    }

    [Test]
    public async Task Actionlint_ReportsACommitMessageExpandedIntoARunScript()
    {
        var findings = await LintAsync("""
            on: push
            permissions: {}
            jobs:
              greet:
                runs-on: ubuntu-latest
                steps:
                  - run: echo "${{ github.event.head_commit.message }}"
            """);

        Assert.That(findings, Has.Some.Matches<ActionlintFinding>(finding =>
            finding.Line == 7 && finding.Kind == "expression" && finding.Message.Contains("potentially untrusted")));
    }

    [Test]
    public async Task Actionlint_ReportsAnInputTheActionDoesNotHave()
    {
        var findings = await LintAsync("""
            on: push
            permissions: {}
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/setup-dotnet@v4
                    with:
                      dotnet-versions: 10.x
            """);

        Assert.That(findings, Has.Some.Matches<ActionlintFinding>(finding =>
            finding.Line == 9 && finding.Kind == "action" && finding.Message.Contains("\"dotnet-versions\" is not defined")));
    }

    private static async Task<IReadOnlyList<ActionlintFinding>> LintAsync(string workflow)
    {
        var path = Path.Combine(Path.GetTempPath(), $"boston-info-broken-{Guid.NewGuid():N}.yml");
        await File.WriteAllTextAsync(path, workflow);
        try
        {
            return await Actionlint.LintAsync([path]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
