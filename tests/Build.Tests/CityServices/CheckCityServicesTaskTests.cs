using BostonInfo.Skill.CityData;
using BostonInfo.Skill.Fixtures;
using Build.CityServices;
using Build.Tests.Host;
using SkillRelease.Simulator;

namespace Build.Tests.CityServices;

/// <summary>check-city-services through the real program, against the fixture servers and the GitHub simulator.</summary>
[NonParallelizable]
public sealed class CheckCityServicesTaskTests
{
    private CityDataFixtureServer _fixtures = null!;
    private SkillSimulator _simulator = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _fixtures = await CityDataFixtureServer.StartAsync(0, CancellationToken.None);
        _simulator = await SkillSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None);
    }

    [TearDown]
    public async Task StopAsync()
    {
        await _simulator.DisposeAsync();
        await _fixtures.DisposeAsync();
    }

    [Test]
    public async Task Check_AgainstHealthyFixtures_PrintsATickPerFeatureAndSucceeds()
    {
        var run = await RunAsync(_fixtures.Endpoints);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Output);
            Assert.That(run.Output.Split('\n').Count(line => line.Contains(CityServiceReport.Pass, StringComparison.Ordinal)), Is.EqualTo(CityFeatureChecks.All.Count), run.Output);
            Assert.That(run.Output, Does.Contain("All 9 city features answered."));
        });
    }

    [Test]
    public async Task Check_WithOneServiceBroken_FailsNamingTheFeature_AndOpensThenClosesOneIssue()
    {
        var broken = await RunAsync(_fixtures.Endpoints with { BostonGov = _fixtures.DownEndpoints.BostonGov }, "--github-issue");
        var brokenAgain = await RunAsync(_fixtures.Endpoints with { BostonGov = _fixtures.DownEndpoints.BostonGov }, "--github-issue");
        var openIssues = _simulator.GitHub.Inspect(r => r.Issues.Select(i => (i.Title, i.State)).ToList());
        var fixedRun = await RunAsync(_fixtures.Endpoints, "--github-issue");

        Assert.Multiple(() =>
        {
            Assert.That(broken.ExitCode, Is.Not.Zero);
            Assert.That(broken.Output, Does.Contain(CityServiceReport.Fail + "  boston.gov: answered HTTP 503"));
            Assert.That(broken.Output.TrimEnd().Split('\n')[^1], Does.Contain("1 of 9 city features failed: City alerts."));
            Assert.That(brokenAgain.ExitCode, Is.Not.Zero);
            Assert.That(openIssues, Is.EqualTo(new[] { ("City services: City alerts is broken", "open") }));
            Assert.That(fixedRun.ExitCode, Is.Zero, fixedRun.Output);
            Assert.That(_simulator.GitHub.Inspect(r => r.Issues.Select(i => (i.State, i.Labels.Single())).ToList()),
                Is.EqualTo(new[] { ("closed", CityServicesIssue.Label) }));
        });
    }

    [Test]
    public async Task Check_WithGitHubIssueButNoToken_SaysWhatIsMissingAndCallsNothing()
    {
        var environment = Environment(_fixtures.Endpoints);
        environment["GITHUB_TOKEN"] = null;

        var run = await BuildProgram.RunAsync(["--target", "check-city-services", "--github-issue"], environment, TimeSpan.FromMinutes(1));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Not.Zero);
            Assert.That(run.Output, Does.Contain("--github-issue needs GITHUB_TOKEN: set them, or run without --github-issue."));
            Assert.That(_simulator.Faults.CallCounts, Is.Empty);
        });
    }

    private Task<(int ExitCode, string Output)> RunAsync(CityDataEndpoints endpoints, params string[] arguments) =>
        BuildProgram.RunAsync(["--target", "check-city-services", .. arguments], Environment(endpoints), TimeSpan.FromMinutes(1));

    private Dictionary<string, string?> Environment(CityDataEndpoints endpoints)
    {
        var environment = BuildProgram.ReleaseEnvironment(_simulator.ClientEnvironment);
        foreach (var (name, value) in endpoints.ToEnvironment())
        {
            environment[name] = value;
        }

        return environment;
    }
}
