using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Logging;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Routing;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests;

public sealed class FunctionTests
{
    private const string OtherSkillId = "amzn1.ask.skill.99999999-9999-9999-9999-999999999999";

    [TestCase("this is not json", TestName = "Handle_NotJson_AnswersSafelyAndLogsWithoutThePayload")]
    [TestCase("", TestName = "Handle_EmptyBody_AnswersSafelyAndLogsWithoutThePayload")]
    [TestCase("""{"version":"1.0","request":{"type":"IntentRequest","intent":""", TestName = "Handle_TruncatedJson_AnswersSafelyAndLogsWithoutThePayload")]
    [TestCase("""[1,2,3]""", TestName = "Handle_JsonArray_AnswersSafelyAndLogsWithoutThePayload")]
    [TestCase("""{"version":"1.0"}""", TestName = "Handle_JsonWithoutRequest_AnswersSafelyAndLogsWithoutThePayload")]
    [TestCase("""{"request":{"requestId":"no type"}}""", TestName = "Handle_RequestWithoutType_AnswersSafelyAndLogsWithoutThePayload")]
    [TestCase("null", TestName = "Handle_JsonNull_AnswersSafelyAndLogsWithoutThePayload")]
    public async Task Handle_MalformedInput(string body)
    {
        var log = new RecordingSkillLog();

        using var response = await SkillInvocation.InvokeAsync(SkillInvocation.CreateFunction(log), body);

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(FixedResponses.MalformedSpeech));
            Assert.That(response.ShouldEndSession(), Is.True);
            Assert.That(log.Entries.Single().Event, Is.EqualTo(LogEvents.MalformedRequest));
            Assert.That(log.Entries.Single().Level, Is.EqualTo(LogLevels.Error));
            if (body.Length > 4)
            {
                Assert.That(log.Text, Does.Not.Contain(body));
            }
        });
    }

    [Test]
    public async Task Handle_InvalidUtf8_AnswersSafely()
    {
        var log = new RecordingSkillLog();
        var function = SkillInvocation.CreateFunction(log);

        await using var input = new MemoryStream([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]);
        await using var output = await function.Handle(input);
        using var response = await System.Text.Json.JsonDocument.ParseAsync(output);

        Assert.That(response.Speech(), Is.EqualTo(FixedResponses.MalformedSpeech));
    }

    [Test]
    public async Task Handle_WhenSkillIdMatches_AnswersNormally()
    {
        var function = SkillInvocation.CreateFunction(new RecordingSkillLog(), skillId: AlexaRequest.SkillId);

        using var response = await SkillInvocation.InvokeAsync(function, AlexaRequest.Launch());

        Assert.That(response.Speech(), Is.EqualTo(LaunchHandler.Speech));
    }

    [Test]
    public async Task Handle_WhenSessionApplicationIdDiffers_RefusesWithNoContentAndLogsIt()
    {
        var log = new RecordingSkillLog();
        var function = SkillInvocation.CreateFunction(log, skillId: AlexaRequest.SkillId);

        using var response = await SkillInvocation.InvokeAsync(function, AlexaRequest.Launch().WithSessionApplicationId(OtherSkillId));

        Assert.Multiple(() =>
        {
            Assert.That(response.RootElement.ToString(), Is.EqualTo("""{"version":"1.0","response":{"shouldEndSession":true}}"""));
            Assert.That(log.Entries.Single().Event, Is.EqualTo(LogEvents.RequestRefused));
            Assert.That(log.Entries.Single().Reason, Does.Contain("another application id"));
        });
    }

    [Test]
    public async Task Handle_WhenContextApplicationIdDiffers_Refuses()
    {
        var function = SkillInvocation.CreateFunction(new RecordingSkillLog(), skillId: AlexaRequest.SkillId);

        using var response = await SkillInvocation.InvokeAsync(function,
            AlexaRequest.Intent("AMAZON.HelpIntent").WithContextApplicationId(OtherSkillId));

        Assert.That(response.Speech(), Is.Null);
    }

    [Test]
    public async Task Handle_WhenSkillIdIsSetAndTheRequestCarriesNone_Refuses()
    {
        var function = SkillInvocation.CreateFunction(new RecordingSkillLog(), skillId: AlexaRequest.SkillId);

        using var response = await SkillInvocation.InvokeAsync(function, """{"version":"1.0","request":{"type":"LaunchRequest"}}""");

        Assert.That(response.ShouldEndSession(), Is.True);
        Assert.That(response.Speech(), Is.Null);
    }

    [Test]
    public async Task Handle_WhenSkillIdIsNotSet_AnswersAnyApplication()
    {
        var function = SkillInvocation.CreateFunction(new RecordingSkillLog(), skillId: null);

        using var response = await SkillInvocation.InvokeAsync(function, AlexaRequest.Launch().WithSessionApplicationId(OtherSkillId));

        Assert.That(response.Speech(), Is.EqualTo(LaunchHandler.Speech));
    }

    [Test]
    public async Task Handle_WhenAHandlerThrows_ApologisesAndLogsTheTypeAndMessage()
    {
        var log = new RecordingSkillLog();
        var function = SkillInvocation.CreateFunction(log, RouterWith(new ThrowingHandler(_ => "the city service timed out")));

        using var response = await SkillInvocation.InvokeAsync(function, AlexaRequest.Intent("TrashDayIntent"));

        var entry = log.Entries.Single();
        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(FixedResponses.ApologySpeech));
            Assert.That(response.ShouldEndSession(), Is.True);
            Assert.That(entry.Event, Is.EqualTo(LogEvents.HandlerFailed));
            Assert.That(entry.Level, Is.EqualTo(LogLevels.Error));
            Assert.That(entry.Intent, Is.EqualTo("TrashDayIntent"));
            Assert.That(entry.Handler, Is.EqualTo(nameof(ThrowingHandler)));
            Assert.That(entry.ErrorType, Is.EqualTo(typeof(TimeoutException).FullName));
            Assert.That(entry.Error, Is.EqualTo("the city service timed out"));
        });
    }

    [Test]
    public async Task Handle_LogsRequestTypeIntentHandlerAndDuration()
    {
        var log = new RecordingSkillLog();
        var time = new ManualTimeProvider();
        var function = SkillInvocation.CreateFunction(log, RouterWith(new SlowHandler(time, TimeSpan.FromMilliseconds(42))), time: time);

        using var _ = await SkillInvocation.InvokeAsync(function, AlexaRequest.Intent("TrashDayIntent"));

        var entry = log.Entries.Single();
        Assert.Multiple(() =>
        {
            Assert.That(entry.Event, Is.EqualTo(LogEvents.RequestHandled));
            Assert.That(entry.Level, Is.EqualTo(LogLevels.Info));
            Assert.That(entry.RequestType, Is.EqualTo("IntentRequest"));
            Assert.That(entry.Intent, Is.EqualTo("TrashDayIntent"));
            Assert.That(entry.Handler, Is.EqualTo(nameof(SlowHandler)));
            Assert.That(entry.DurationMs, Is.EqualTo(42));
        });
    }

    [Test]
    public void SettingsFromEnvironment_ReadAlexaSkillIdAndTreatBlankAsUnset()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SkillSettings.FromEnvironment(name => name == "ALEXA_SKILL_ID" ? " amzn1.ask.skill.x " : null).AlexaSkillId,
                Is.EqualTo("amzn1.ask.skill.x"));
            Assert.That(SkillSettings.FromEnvironment(_ => "  ").AlexaSkillId, Is.Null);
            Assert.That(SkillSettings.FromEnvironment(_ => null).AlexaSkillId, Is.Null);
        });
    }

    [Test]
    public async Task ParameterlessConstructor_BuildsAWorkingFunction()
    {
        // What the Lambda runtime does: it must not need anything beyond the environment.
        var function = new Function();

        using var response = await SkillInvocation.InvokeAsync(function, AlexaRequest.Intent("AMAZON.StopIntent"));

        Assert.That(response.ShouldEndSession(), Is.True);
    }

    [Test]
    public async Task StartUp_WithoutSkillId_WarnsOnce_AndServesEveryRequest()
    {
        var log = new RecordingSkillLog();
        var function = new Function(_ => null, log);

        using var first = await SkillInvocation.InvokeAsync(function, AlexaRequest.Intent("AMAZON.StopIntent"));
        using var second = await SkillInvocation.InvokeAsync(function, AlexaRequest.Intent("AMAZON.StopIntent").WithSessionApplicationId(OtherSkillId));

        var warnings = log.Entries.Where(entry => entry.Level == LogLevels.Warning).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(warnings.Select(entry => entry.Event), Is.EqualTo(new[] { LogEvents.SkillIdNotSet }));
            Assert.That(warnings[0].Reason, Does.StartWith("ALEXA_SKILL_ID is not set"));
            Assert.That(log.Entries[0].Event, Is.EqualTo(LogEvents.SkillIdNotSet), "logged at start-up, before any request");
            Assert.That(second.ShouldEndSession(), Is.True);
            Assert.That(second.Speech(), Is.Not.Null, "another skill's request is served when no id is set");
        });
    }

    [Test]
    public async Task StartUp_WithSkillId_DoesNotWarn_AndRefusesAnotherSkill()
    {
        var log = new RecordingSkillLog();
        var function = new Function(name => name == SkillSettings.AlexaSkillIdVariable ? AlexaRequest.SkillId : null, log);

        using var refused = await SkillInvocation.InvokeAsync(function, AlexaRequest.Launch().WithContextApplicationId(OtherSkillId));
        using var served = await SkillInvocation.InvokeAsync(function, AlexaRequest.Launch());

        Assert.Multiple(() =>
        {
            Assert.That(log.Entries.Select(entry => entry.Event), Does.Not.Contain(LogEvents.SkillIdNotSet));
            Assert.That(refused.RootElement.ToString(), Is.EqualTo("""{"version":"1.0","response":{"shouldEndSession":true}}"""));
            Assert.That(served.Speech(), Is.EqualTo(LaunchHandler.Speech));
        });
    }

    internal static RequestRouter RouterWith(IIntentHandler trashDay) =>
        new(new LaunchHandler(), new SessionEndedHandler(), [trashDay], new UnknownIntentHandler(), new UnknownRequestHandler());

    internal sealed class ThrowingHandler(Func<HandlerInput, string> message) : IIntentHandler
    {
        public IReadOnlyCollection<string> IntentNames { get; } = ["TrashDayIntent"];

        public Task<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken) =>
            throw new TimeoutException(message(input));
    }

    private sealed class SlowHandler(ManualTimeProvider time, TimeSpan takes) : IIntentHandler
    {
        public IReadOnlyCollection<string> IntentNames { get; } = ["TrashDayIntent"];

        public Task<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken)
        {
            time.Advance(takes);
            return Task.FromResult(new ResponseBuilder().Speak("Tuesday.").EndSession().Build());
        }
    }
}
