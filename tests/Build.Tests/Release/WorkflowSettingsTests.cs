using Build.Release;

namespace Build.Tests.Release;

/// <summary>doctor's row for the workflows: every setting the tasks need is passed from a repository variable or secret.</summary>
public sealed class WorkflowSettingsTests
{
    [Test]
    public void Check_OnThisRepositorysWorkflows_PassesAndNamesTheVariablesAndSecretsToSet()
    {
        var row = WorkflowSettings.Check(RepositoryFiles.PathOf(".github", "workflows"));

        Assert.That(row.Passed, Is.True, row.Detail);
        Assert.That(row.Detail, Does.Contain("variables ALEXA_SKILL_ID, LAMBDA_FUNCTION_NAME, AWS_REGION").And.Contain("ASK_REFRESH_TOKEN"));
    }

    [Test]
    public void Check_WhenNoWorkflowPassesASetting_NamesItAndTheLineToAdd()
    {
        var folder = Directory.CreateTempSubdirectory("workflows-").FullName;
        try
        {
            var shared = File.ReadAllText(RepositoryFiles.PathOf(".github", "workflows", "release-task.yml"));
            File.WriteAllText(Path.Combine(folder, "release-task.yml"), string.Join('\n', shared.Split('\n').Where(line => !line.Contains("ASK_REFRESH_TOKEN:", StringComparison.Ordinal))));

            var row = WorkflowSettings.Check(folder);

            Assert.That(row.Passed, Is.False);
            Assert.That(row.Detail, Does.StartWith("no workflow passes ASK_REFRESH_TOKEN: add e.g. `ASK_REFRESH_TOKEN: ${{ vars.ASK_REFRESH_TOKEN }}`"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
