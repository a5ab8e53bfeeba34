using System.Text.Json;
using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Server.Tests.Support;

namespace BostonInfo.Skill.Server.Tests;

/// <summary>
/// A whole conversation as Alexa would hold it: virtual-alexa (npm) builds the requests from our interaction
/// model (skill-package/interactionModels/custom/en-US.json) and POSTs them to the SkillServer, started here on
/// an ephemeral loopback port with the skill-id check on. The node script prints each turn; the tests below
/// assert on them.
/// </summary>
[NonParallelizable]
public sealed class ConversationTests
{
    private const string SkillId = "amzn1.ask.skill.00000000-b057-0000-1nf0-000000000000";

    /// <summary>virtual-alexa and conversation.js, which prints each turn.</summary>
    private static readonly NpmPackages Conversations = ConversationPackages.Packages;

    private readonly CapturedSkillLog _log = new();
    private JsonDocument _conversation = null!;

    private JsonElement Turn(int index) => _conversation.RootElement.GetProperty("turns")[index];

    private static string? Text(JsonElement turn, string property) =>
        turn.GetProperty(property).ValueKind == JsonValueKind.Null ? null : turn.GetProperty(property).GetString();

    [OneTimeSetUp]
    public async Task HoldTheConversation()
    {
        await Conversations.EnsureInstalledAsync();

        await using var server = await SkillServer.StartAsync(
            new SkillServerOptions { Port = 0, Function = TestFunction.Create(_log, SkillId) }, CancellationToken.None);
        var model = Path.Combine(RepositoryFiles.Root, "skill-package", "interactionModels", "custom", "en-US.json");

        var node = await ProcessRun.RunAsync(NodeTools.Node, ["conversation.js", server.Address.ToString(), model, SkillId],
            Conversations.Folder, TimeSpan.FromMinutes(2));

        if (node.ExitCode != 0)
        {
            Assert.Fail($"conversation.js failed with exit code {node.ExitCode}:\n{node.Tail()}");
        }

        _conversation = JsonDocument.Parse(node.StandardOutput);
    }

    [OneTimeTearDown]
    public void Dispose() => _conversation?.Dispose();

    [Test]
    public void Conversation_HasLaunchHelpFallbackAndStop()
    {
        var turns = _conversation.RootElement.GetProperty("turns").EnumerateArray()
            .Select(turn => Text(turn, "intent") ?? Text(turn, "requestType")).ToList();

        Assert.That(turns, Is.EqualTo(new[] { "LaunchRequest", "AMAZON.HelpIntent", "AMAZON.FallbackIntent", "AMAZON.StopIntent" }));
    }

    [Test]
    public void Launch_WelcomesAndKeepsTheSessionOpenWithAReprompt()
    {
        var launch = Turn(0);

        Assert.Multiple(() =>
        {
            Assert.That(Text(launch, "speech"), Is.EqualTo(LaunchHandler.Speech));
            Assert.That(Text(launch, "reprompt"), Is.EqualTo(LaunchHandler.RepromptSpeech));
            Assert.That(Text(launch, "cardTitle"), Is.EqualTo("Boston Info"));
            Assert.That(launch.GetProperty("shouldEndSession").GetBoolean(), Is.False);
        });
    }

    [Test]
    public void Help_SaysWhatToAskAndKeepsTheSessionOpen()
    {
        var help = Turn(1);

        Assert.Multiple(() =>
        {
            Assert.That(Text(help, "said"), Is.EqualTo("help"));
            Assert.That(Text(help, "speech"), Is.EqualTo(HelpHandler.Speech));
            Assert.That(help.GetProperty("shouldEndSession").GetBoolean(), Is.False);
        });
    }

    [Test]
    public void UtteranceOutsideTheModel_HitsTheFallbackWhichKeepsListening()
    {
        var fallback = Turn(2);

        Assert.Multiple(() =>
        {
            Assert.That(fallback.GetProperty("matchedByModel").GetBoolean(), Is.False, "no sample of our model matches it");
            Assert.That(Text(fallback, "speech"), Is.EqualTo(FallbackHandler.Speech));
            Assert.That(Text(fallback, "reprompt"), Is.EqualTo(FallbackHandler.RepromptSpeech));
            Assert.That(fallback.GetProperty("shouldEndSession").GetBoolean(), Is.False);
        });
    }

    [Test]
    public void Stop_SaysGoodbyeAndEndsTheSession()
    {
        var stop = Turn(3);

        Assert.Multiple(() =>
        {
            Assert.That(Text(stop, "speech"), Is.EqualTo(GoodbyeHandler.Speech));
            Assert.That(Text(stop, "reprompt"), Is.Null);
            Assert.That(stop.GetProperty("shouldEndSession").GetBoolean(), Is.True);
        });
    }

    [Test]
    public void EveryRequest_CarriedOurSkillIdAndWasServedByItsHandler()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_conversation.RootElement.GetProperty("turns").EnumerateArray().Select(turn => Text(turn, "applicationId")),
                Has.All.EqualTo(SkillId));
            Assert.That(_log.Entries.Select(entry => entry.Handler), Is.EqualTo(new[]
            {
                nameof(LaunchHandler), nameof(HelpHandler), nameof(FallbackHandler), nameof(GoodbyeHandler),
            }));
        });
    }
}
