using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Simulator.Tests.Faults;

/// <summary>What a client sees of each injected fault on a write, and whether the write landed (GitHub's deployments, the simplest write to watch).</summary>
public sealed class FaultMiddlewareTests
{
    private const string CreateDeployment = "github:CreateDeployment";

    [Test]
    public async Task LostFault_AppliesTheWriteThenResetsTheConnectionWithoutAnAnswer()
    {
        await using var simulator = await SkillSimulator.StartAsync(new SimulatorOptions(), CancellationToken.None);
        using var http = Client(simulator);
        simulator.Faults.FailCall(CreateDeployment, 1, Fault.Lost);

        var error = Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsJsonAsync(Deployments(simulator), new { @ref = "main", environment = "alexa-live" }));

        Assert.That(error!.HttpRequestError == HttpRequestError.ResponseEnded || IsReset(error), Is.True, error.ToString());
        Assert.That(simulator.GitHub.Inspect(r => r.Deployments.Count), Is.EqualTo(1), "the write landed");
    }

    [Test]
    public async Task LateFault_AppliesTheWriteAndAnswersOnlyAfterTheTimeoutDuration()
    {
        await using var simulator = await SkillSimulator.StartAsync(new SimulatorOptions { TimeoutFaultDuration = TimeSpan.FromSeconds(4) }, CancellationToken.None);
        using var http = Client(simulator);
        simulator.Faults.FailCall(CreateDeployment, 1, Fault.Late);

        var watch = Stopwatch.StartNew();
        var sent = http.PostAsJsonAsync(Deployments(simulator), new { @ref = "main", environment = "alexa-live" });
        while (simulator.GitHub.Inspect(r => r.Deployments.Count) == 0 && watch.Elapsed < TimeSpan.FromSeconds(3))
        {
            await Task.Delay(20);
        }

        var answeredWhenItLanded = sent.IsCompleted;
        using var response = await sent;

        Assert.That(simulator.GitHub.Inspect(r => r.Deployments.Count), Is.EqualTo(1));
        Assert.That(answeredWhenItLanded, Is.False, "the write lands before the answer");
        Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(3.9)));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["ref"]!.GetValue<string>(), Is.EqualTo("main"));
    }

    [Test]
    public async Task TimeoutFault_AppliesNothing()
    {
        await using var simulator = await SkillSimulator.StartAsync(new SimulatorOptions { TimeoutFaultDuration = TimeSpan.FromMilliseconds(100) }, CancellationToken.None);
        using var http = Client(simulator);
        simulator.Faults.FailCall(CreateDeployment, 1, Fault.Timeout);

        using var response = await http.PostAsJsonAsync(Deployments(simulator), new { @ref = "main", environment = "alexa-live" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.GatewayTimeout));
        Assert.That(simulator.GitHub.Inspect(r => r.Deployments.Count), Is.Zero);
    }

    [Test]
    public async Task Latency_DelaysEveryAnswerOfEveryService()
    {
        await using var simulator = await SkillSimulator.StartAsync(new SimulatorOptions { Latency = TimeSpan.FromMilliseconds(250) }, CancellationToken.None);
        using var http = Client(simulator);

        foreach (var path in new[] { Deployments(simulator), "/2015-03-31/functions/boston-info", "/v1/skills/x/status", "/no/such/path" })
        {
            var watch = Stopwatch.StartNew();
            using var response = await http.GetAsync(path);
            Assert.That(watch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(240)), path);
        }
    }

    private static bool IsReset(Exception? exception) =>
        exception is not null && (exception is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionReset } || IsReset(exception.InnerException));

    private static HttpClient Client(SkillSimulator simulator)
    {
        var http = new HttpClient { BaseAddress = simulator.Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", simulator.Options.GitHubToken.Reveal());
        http.DefaultRequestHeaders.UserAgent.ParseAdd("fault-tests");
        return http;
    }

    private static string Deployments(SkillSimulator simulator) => $"/api/v3/repos/{simulator.Options.GitHubRepository}/deployments";
}
