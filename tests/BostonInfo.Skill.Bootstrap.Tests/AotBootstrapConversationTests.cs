using System.Text.Json.Nodes;
using BostonInfo.Skill.Bootstrap.Tests.Support;
using BostonInfo.Skill.Fixtures;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Tests.Support;
using SkillRelease.Simulator.RuntimeApi;

namespace BostonInfo.Skill.Bootstrap.Tests;

/// <summary>
/// The Native AOT bootstrap, unpacked as Lambda unpacks the package and started as Lambda starts a custom runtime,
/// holds the same conversation as the managed entry point: the same requests give byte-identical responses.
/// </summary>
public sealed class AotBootstrapConversationTests
{
    private const string Address = "1000 Dorchester Avenue";
    private CityDataFixtureServer _cityData = null!;
    private RunningBootstrap _bootstrap = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var published = await PublishedBootstrap.GetAsync();
        Assert.That(published.ExitCode, Is.Zero, "dotnet publish failed:\n" + published.PublishOutput);
        _cityData = await CityDataFixtureServer.StartAsync(0, CancellationToken.None);
        _bootstrap = await RunningBootstrap.StartAsync(BootstrapLaunch.CustomRuntime(published.TaskRoot) with
        {
            Variables = _cityData.Endpoints.ToEnvironment(),
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _bootstrap.DisposeAsync();
        await _cityData.DisposeAsync();
    }

    private static IEnumerable<TestCaseData> Requests() =>
    [
        new TestCaseData(AlexaRequest.Launch().ToJson()).SetArgDisplayNames("LaunchRequest"),
        new TestCaseData(AlexaRequest.Intent("AMAZON.HelpIntent").ToJson()).SetArgDisplayNames("HelpIntent"),
        new TestCaseData(AlexaRequest.Intent("AMAZON.FallbackIntent").ToJson()).SetArgDisplayNames("FallbackIntent"),
        new TestCaseData(AlexaRequest.Intent("AMAZON.StopIntent").ToJson()).SetArgDisplayNames("StopIntent"),
        new TestCaseData(AlexaRequest.SessionEnded("USER_INITIATED").ToJson()).SetArgDisplayNames("SessionEndedRequest"),
        new TestCaseData(AlexaRequest.Intent("TrashDayIntent").WithSlot("Address", Address).ToJson()).SetArgDisplayNames("TrashDayIntent"),
        new TestCaseData(AlexaRequest.Intent("SnowParkingIntent").WithSlot("Address", Address).ToJson()).SetArgDisplayNames("SnowParkingIntent"),
        new TestCaseData(AlexaRequest.Intent("GetAlertsIntent").ToJson()).SetArgDisplayNames("GetAlertsIntent"),
        new TestCaseData("{\"version\":\"1.0\",\"request\":").SetArgDisplayNames("TruncatedJson"),
        new TestCaseData("{\"version\":\"1.0\"}").SetArgDisplayNames("NoRequestObject"),
    ];

    [TestCaseSource(nameof(Requests))]
    public async Task Respond_GivesTheSameJsonAsTheManagedHandler(string request)
    {
        var aot = await _bootstrap.RespondAsync(request);
        var managed = await ManagedHandler.RespondAsync(request, _cityData.Endpoints);

        Assert.That(aot, Is.EqualTo(managed));
    }

    [Test]
    public async Task Launch_SpeaksAWelcomeAndKeepsTheSessionOpen()
    {
        var response = JsonNode.Parse(await _bootstrap.RespondAsync(AlexaRequest.Launch().ToJson()))!;

        Assert.That(Speech(response), Does.Contain("Boston"));
        Assert.That(response["response"]?["shouldEndSession"]?.GetValue<bool>(), Is.Not.True);
    }

    [Test]
    public async Task TrashDay_ReachesTheCityServicesNamedInItsEnvironment()
    {
        var response = JsonNode.Parse(await _bootstrap.RespondAsync(AlexaRequest.Intent("TrashDayIntent").WithSlot("Address", Address).ToJson()))!;

        Assert.That(Speech(response), Does.Contain("picked up on Friday"));
    }

    [Test]
    public async Task SessionEnded_AnswersWithAnEmptyResponse()
    {
        var response = JsonNode.Parse(await _bootstrap.RespondAsync(AlexaRequest.SessionEnded("EXCEEDED_MAX_REPROMPTS").ToJson()))!;

        Assert.That(response["response"]?.AsObject().Count, Is.Zero);
    }

    [Test]
    public async Task MalformedEvent_IsAnsweredWithAnApologyAndTheRuntimeKeepsServing()
    {
        var malformed = JsonNode.Parse(await _bootstrap.RespondAsync("not json at all"))!;
        var next = await _bootstrap.RespondAsync(AlexaRequest.Intent("AMAZON.HelpIntent").ToJson());

        Assert.That(Speech(malformed), Is.EqualTo(FixedResponses.MalformedSpeech));
        Assert.That(next, Does.Contain("outputSpeech"));
        Assert.That(_bootstrap.Process.HasExited, Is.False);
    }

    /// <summary>What Alexa says: the SSML or the plain text of the output speech.</summary>
    private static string? Speech(JsonNode response)
    {
        var speech = response["response"]?["outputSpeech"];
        return (speech?["ssml"] ?? speech?["text"])?.GetValue<string>();
    }
}
