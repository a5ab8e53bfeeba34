using BostonInfo.Skill.CityData;
using Build.CityServices;

namespace Build.Tests.Workflows;

/// <summary>city-services.yml: the daily check of the city services and its one issue.</summary>
public sealed class CityServicesWorkflowTests
{
    private static GitHubFile Workflow => GitHubFile.Workflow("city-services.yml");

    [Test]
    public void CityServices_RunsDailyOffTheHourAndOnDemand()
    {
        var cron = Workflow.Root.Node("on", "schedule").Scalars().Single().Value!.Split(' ');

        Assert.Multiple(() =>
        {
            Assert.That(Workflow.Triggers, Is.EquivalentTo(new[] { "schedule", "workflow_dispatch" }));
            Assert.That(int.Parse(cron[0], System.Globalization.CultureInfo.InvariantCulture), Is.Not.Zero, "off the hour, when GitHub's scheduler is least late");
            Assert.That(cron[2..], Is.EqualTo(new[] { "*", "*", "*" }), "every day");
        });
    }

    [Test]
    public void CityServices_ChecksWithTheIssueSwitch_AndHandsOnlyTheTokenAndTheServiceVariables()
    {
        var step = Workflow.Steps.Single(step => step.Text("run") is { } run && run.Contains("check-city-services", StringComparison.Ordinal));
        var environment = step.Node("env").Entries().Select(entry => entry.Key).ToList();
        var cityVariables = CityDataEndpoints.Default.ToEnvironment().Keys;

        Assert.Multiple(() =>
        {
            Assert.That(step.Text("run"), Is.EqualTo("./build.sh --target check-city-services --github-issue"));
            Assert.That(environment, Is.EquivalentTo(cityVariables.Prepend("GITHUB_TOKEN")));
            Assert.That(cityVariables.Select(name => step.Text("env", name)), Is.EqualTo(cityVariables.Select(name => $"${{{{ vars.{name} }}}}")));
        });
    }

    [Test]
    public void CityServices_NeverWaitsInTheReleaseQueueAndEveryJobHasATimeLimit()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Workflow.Root.Text("concurrency", "group"), Is.Not.EqualTo("alexa-release"));
            Assert.That(Workflow.Jobs.Values.Select(job => job.Text("timeout-minutes")), Has.All.Not.Null);
        });
    }

    [Test]
    public void CityServices_IssueLabel_IsTheOneTheWorkflowHeaderNames()
    {
        Assert.That(File.ReadAllText(Workflow.Path), Does.Contain($"labelled {CityServicesIssue.Label}"));
    }
}
