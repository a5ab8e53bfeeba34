using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Protocol.Requests;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Routing;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Routing;

public sealed class RequestRouterTests
{
    private static readonly RequestRouter Router = SkillRoutes.Build(TestServices.Create());

    /// <summary>
    /// The built-in intents and their handlers. The city-data intents are whatever handler classes exist (the
    /// generator lists them); the interaction model tests check that they are exactly the model's intents.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, Type> ExpectedRoutes = new Dictionary<string, Type>
    {
        [BuiltInIntents.Help] = typeof(HelpHandler),
        [BuiltInIntents.Stop] = typeof(GoodbyeHandler),
        [BuiltInIntents.Cancel] = typeof(GoodbyeHandler),
        [BuiltInIntents.NavigateHome] = typeof(GoodbyeHandler),
        [BuiltInIntents.Fallback] = typeof(FallbackHandler),
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
    public void RegisteredIntents_IncludeEveryBuiltIn()
    {
        Assert.That(Router.IntentNames, Is.SupersetOf(ExpectedRoutes.Keys));
    }

    [Test]
    public void EveryRegisteredIntent_GoesToAHandlerThatNamesIt()
    {
        Assert.Multiple(() =>
        {
            foreach (var intentName in Router.IntentNames)
            {
                Assert.That(((IIntentHandler)Router.Route(IntentNamed(intentName))).IntentNames, Does.Contain(intentName), intentName);
            }
        });
    }

    [Test]
    public void TheGeneratedList_HasEveryCityDataHandler()
    {
        var cityDataHandlers = typeof(CityDataHandler).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false } && type.IsSubclassOf(typeof(CityDataHandler)));

        Assert.That(Router.IntentNames.Select(name => Router.Route(IntentNamed(name)).GetType()).Distinct(), Is.SupersetOf(cityDataHandlers));
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
