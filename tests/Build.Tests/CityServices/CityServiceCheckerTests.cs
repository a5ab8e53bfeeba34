using BostonInfo.Skill.Fixtures;
using Build.CityServices;

namespace Build.Tests.CityServices;

public sealed class CityServiceCheckerTests
{
    private CityDataFixtureServer _fixtures = null!;
    private SocketsHttpHandler _http = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _fixtures = await CityDataFixtureServer.StartAsync(0, CancellationToken.None);
        _http = new SocketsHttpHandler();
    }

    [TearDown]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _fixtures.DisposeAsync();
    }

    [Test]
    public async Task Run_AgainstTheFixtureServers_PassesEveryFeature()
    {
        var report = await new CityServiceChecker(_fixtures.Endpoints, _http, TimeSpan.FromSeconds(10)).RunAsync(CityFeatureChecks.All, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(report.Failures, Is.Empty, report.ToText());
            Assert.That(report.Results.Select(result => result.Feature), Is.EqualTo(CityFeatureChecks.All.Select(check => check.Feature)));
            Assert.That(report.Summary, Is.EqualTo($"All {CityFeatureChecks.All.Count} city features answered."));
        });
    }

    [Test]
    public async Task Run_WithReCollectDown_FailsOnlyTrashDay_AndSaysWhy()
    {
        var endpoints = _fixtures.Endpoints with { ReCollect = _fixtures.DownEndpoints.ReCollect };

        var report = await new CityServiceChecker(endpoints, _http, TimeSpan.FromSeconds(10)).RunAsync(CityFeatureChecks.All, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(report.Failures.Select(failure => (failure.Feature, failure.Detail)), Is.EqualTo(new[] { ("Trash day", "ReCollect: answered HTTP 503") }));
            Assert.That(report.IssueTitle, Is.EqualTo("City services: Trash day is broken"));
            Assert.That(report.ToText(), Does.Contain("Trash day").And.Contain(CityServiceReport.Fail).And.Contain(CityServiceReport.Pass));
        });
    }

    [Test]
    public async Task Run_WithTheArcGisServicesDown_FailsEveryFeatureReadingThem()
    {
        var endpoints = _fixtures.Endpoints with { ArcGis = _fixtures.DownEndpoints.ArcGis };

        var report = await new CityServiceChecker(endpoints, _http, TimeSpan.FromSeconds(10)).RunAsync(CityFeatureChecks.All, CancellationToken.None);

        Assert.That(report.Failures.Select(failure => failure.Feature), Is.EqualTo(new[] { "Voting", "Snow parking", "Food trucks", "Farmers markets" }));
    }
}
