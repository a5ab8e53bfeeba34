using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Protocol.Requests;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Routing;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Routing;

public sealed class RequestRouterTests
{
    private static readonly RequestRouter Router = SkillRoutes.Build(TestServices.Create());

    /// <summary>Every intent the skill answers today, and which handler class answers it.</summary>
    private static readonly IReadOnlyDictionary<string, Type> ExpectedRoutes = new Dictionary<string, Type>
    {
        [BuiltInIntents.Help] = typeof(HelpHandler),
        [BuiltInIntents.Stop] = typeof(GoodbyeHandler),
        [BuiltInIntents.Cancel] = typeof(GoodbyeHandler),
        [BuiltInIntents.NavigateHome] = typeof(GoodbyeHandler),
        [BuiltInIntents.Fallback] = typeof(FallbackHandler),
        ["TrashDayIntent"] = typeof(TrashDayHandler),
        ["SnowParkingIntent"] = typeof(SnowParkingHandler),
        ["VotingIntent"] = typeof(VotingHandler),
        ["CrimeIncidentsIntent"] = typeof(CrimeIncidentsHandler),
        ["GetAlertsIntent"] = typeof(GetAlertsHandler),
        ["InclementWeatherIntent"] = typeof(InclementWeatherHandler),
        ["FeedbackIntent"] = typeof(FeedbackHandler),
        ["FoodTruckIntent"] = typeof(FoodTruckHandler),
        ["LatestThreeOneOne"] = typeof(LatestThreeOneOneHandler),
        ["FarmersMarketIntent"] = typeof(FarmersMarketHandler),
    };

    private static IntentRequest IntentNamed(string name) =>
        new() { Type = RequestTypes.Intent, Intent = new Intent { Name = name } };

    [TestCaseSource(nameof(ExpectedRouteCases))]
    public void Route_RegisteredIntent_GoesToItsHandler(string intentName, Type handlerType)
    {
        Assert.That(Router.Route(IntentNamed(intentName)), Is.InstanceOf(handlerType));
    }

    private static IEnumerable<TestCaseData> ExpectedRouteCases() =>
        ExpectedRoutes.Select(route => new TestCaseData(route.Key, route.Value).SetArgDisplayNames(route.Key));

    [Test]
    public void RegisteredIntents_AreExactlyTheExpectedOnes()
    {
        Assert.That(Router.IntentNames, Is.EquivalentTo(ExpectedRoutes.Keys));
    }

    [Test]
    public void Route_LaunchRequest_GoesToTheLaunchHandler()
    {
        Assert.That(Router.Route(new LaunchRequest { Type = RequestTypes.Launch }), Is.InstanceOf<LaunchHandler>());
    }

    [Test]
    public void Route_SessionEndedRequest_GoesToTheSessionEndedHandler()
    {
        Assert.That(Router.Route(new SessionEndedRequest { Type = RequestTypes.SessionEnded }), Is.InstanceOf<SessionEndedHandler>());
    }

    [Test]
    public void Route_UnknownIntent_GoesToTheUnknownIntentHandler()
    {
        Assert.That(Router.Route(IntentNamed("AMAZON.YesIntent")), Is.InstanceOf<UnknownIntentHandler>());
    }

    [Test]
    public void Route_IntentRequestWithoutIntent_GoesToTheUnknownIntentHandler()
    {
        Assert.That(Router.Route(new IntentRequest { Type = RequestTypes.Intent }), Is.InstanceOf<UnknownIntentHandler>());
    }

    [Test]
    public void Route_UnknownRequestType_GoesToTheUnknownRequestHandler()
    {
        Assert.That(Router.Route(new UnknownRequest { Type = "AudioPlayer.PlaybackStarted" }), Is.InstanceOf<UnknownRequestHandler>());
    }

    [Test]
    public void Constructor_WhenTwoHandlersClaimOneIntent_NamesTheIntent()
    {
        Assert.That(
            () => new RequestRouter(new LaunchHandler(), new SessionEndedHandler(), [new HelpHandler(), new ClaimsHelp()],
                new UnknownIntentHandler(), new UnknownRequestHandler()),
            Throws.ArgumentException.With.Message.Contains(BuiltInIntents.Help));
    }

    private sealed class ClaimsHelp : IIntentHandler
    {
        public IReadOnlyCollection<string> IntentNames { get; } = [BuiltInIntents.Help];

        public Task<SkillResponse> HandleAsync(HandlerInput input, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
