using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

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
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, simulator.Options.GitHubToken.Reveal());
        }

        using var response = await http.GetAsync($"/api/v3/repos/{repository}/deployments?environment=alexa-live");

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [TestCase("main")]
    [TestCase("refs/heads/beta")]
    [TestCase("v1.2.3")]
    [TestCase("3f2c1a9")]
    [TestCase("3f2c1a9e0b7d4c6a8f1e2d3c4b5a69788796a5b4")]
    public async Task CreateDeployment_OfABranchTagOrCommit_IsCreated(string gitRef)
    {
        await using var simulator = await SkillSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None);
        using var http = Authorized(simulator);

        using var response = await http.PostAsJsonAsync($"/api/v3/repos/{simulator.Options.GitHubRepository}/deployments", new { @ref = gitRef, environment = "alexa-live" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [TestCase("blue@3")]
    [TestCase("no-such-branch")]
    [TestCase("unknown")]
    public async Task CreateDeployment_OfARefTheRepositoryDoesNotHave_Is422NoRefFound(string gitRef)
    {
        await using var simulator = await SkillSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None);
        using var http = Authorized(simulator);

        using var response = await http.PostAsJsonAsync($"/api/v3/repos/{simulator.Options.GitHubRepository}/deployments", new { @ref = gitRef, environment = "alexa-live" });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(body!["message"]!.GetValue<string>(), Is.EqualTo($"No ref found for: {gitRef}"));
        Assert.That(simulator.GitHub.Inspect(r => r.Deployments.Count), Is.Zero);
    }

    private static HttpClient Authorized(SkillSimulator simulator)
    {
        var http = new HttpClient { BaseAddress = simulator.Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", simulator.Options.GitHubToken.Reveal());
        return http;
    }
}
