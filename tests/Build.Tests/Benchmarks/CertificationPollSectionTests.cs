using Benchmarks;

namespace Build.Tests.Benchmarks;

public sealed class CertificationPollSectionTests
{
    [TestCase("  schedule:\n    - cron: '17,47 * * * *'\n", 48)]
    [TestCase("    - cron: '5 * * * *'", 24)]
    [TestCase("    - cron: '0,30 8,20 * * *'", 4)]
    public void ScheduledRunsPerDay_CountsMinutesTimesHours(string workflow, int runs)
    {
        Assert.That(CertificationPollSection.ScheduledRunsPerDay(workflow), Is.EqualTo(runs));
    }

    [Test]
    public void ScheduledRunsPerDay_OfTheRealWorkflow_IsTwiceAnHour()
    {
        var workflow = File.ReadAllText(Path.Combine(RepositoryFiles.Root, ".github", "workflows", "certification.yml"));

        Assert.That(CertificationPollSection.ScheduledRunsPerDay(workflow), Is.EqualTo(48));
    }

    [Test]
    public void ScheduledRunsPerDay_WithoutASchedule_SaysSo()
    {
        Assert.That(() => CertificationPollSection.ScheduledRunsPerDay("on: workflow_dispatch"), Throws.InvalidOperationException.With.Message.Contains("no schedule"));
    }
}
