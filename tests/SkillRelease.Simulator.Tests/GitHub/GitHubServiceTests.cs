using System.Net;
using System.Net.Http.Headers;

namespace SkillRelease.Simulator.Tests.GitHub;

public sealed class GitHubServiceTests
{
    [TestCase(null, "cityofboston/boston-info", HttpStatusCode.Unauthorized)]
    [TestCase("token", "cityofboston/boston-info", HttpStatusCode.OK)]
    [TestCase("Bearer", "cityofboston/boston-info", HttpStatusCode.OK)]
    [TestCase("token", "someone/else", HttpStatusCode.NotFound)]
    public async Task Calls_NeedTheTokenAndTheConfiguredRepository(string? scheme, string repository, HttpStatusCode expected)
    {
        await using var simulator = await SkillSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None);
        using var http = new HttpClient { BaseAddress = simulator.Address };
        if (scheme is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, simulator.Options.GitHubToken);
        }

        using var response = await http.GetAsync($"/api/v3/repos/{repository}/deployments?environment=alexa-live");

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }
}
