using BostonInfo.Skill.Fixtures;
using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Location;
using BostonInfo.Skill.Server.Tests.Support;

namespace BostonInfo.Skill.Server.Tests;

/// <summary>
/// Every intent through virtual-alexa, as dialogues (conversations/dialogues.json) with the SkillServer, whose
/// city services are the loopback fixture server: one skill server with them healthy, one with them all
/// answering 503. One node run holds every dialogue; the tests below assert on its record.
/// </summary>
[NonParallelizable]
public sealed class CityConversationTests
{
    private const string SkillId = "amzn1.ask.skill.00000000-b057-0000-1nf0-000000000000";

    /// <summary>Thursday 15 January 2026, 9:00 in Boston, for answers that depend on the day (food trucks, markets).</summary>
    private static readonly DateTimeOffset ThursdayMorningInBoston = new(2026, 1, 15, 14, 0, 0, TimeSpan.Zero);

    private static readonly SkillServices Services = new(new SkillSettings(null), new ManualClock(ThursdayMorningInBoston), new NoNetworkHandler(), new CapturedSkillLog());

    private readonly CapturedSkillLog _log = new();
    private Dialogues _dialogues = null!;
    private CityDataFixtureServer _cityData = null!;

    [OneTimeSetUp]
    public async Task HoldTheDialogues()
    {
        await ConversationPackages.Packages.EnsureInstalledAsync();
        _cityData = await CityDataFixtureServer.StartAsync(0, CancellationToken.None);
        using var http = new SocketsHttpHandler();
        await using var healthy = await StartSkillAsync(_cityData.Endpoints, http);
        await using var down = await StartSkillAsync(_cityData.DownEndpoints, http);
        var model = Path.Combine(RepositoryFiles.Root, "skill-package", "interactionModels", "custom", "en-US.json");

        var node = await ProcessRun.RunAsync(NodeTools.Node,
            ["dialogues.js", "dialogues.json", healthy.Address.ToString(), down.Address.ToString(), _cityData.AlexaApiEndpoint.ToString(), model, SkillId],
            ConversationPackages.Packages.Folder, TimeSpan.FromMinutes(3));
        if (node.ExitCode != 0)
        {
            Assert.Fail($"dialogues.js failed with exit code {node.ExitCode}:\n{node.Tail()}");
        }

        _dialogues = new Dialogues(System.Text.Json.JsonDocument.Parse(node.StandardOutput));
    }

    [OneTimeTearDown]
    public async Task StopTheFixtures()
    {
        _dialogues?.Dispose();
        if (_cityData is not null)
        {
            await _cityData.DisposeAsync();
        }
    }

    private Task<SkillServer> StartSkillAsync(CityData.CityDataEndpoints endpoints, HttpMessageHandler http) =>
        SkillServer.StartAsync(new SkillServerOptions
        {
            Port = 0,
            Function = new Function(new SkillSettings(SkillId) { CityData = endpoints }, new ManualClock(ThursdayMorningInBoston), _log, http),
        }, CancellationToken.None);

    [Test]
    public void Logs_OfEveryDialogue_HoldNoAddressTokenPositionOrFeedback()
    {
        using var text = new StringWriter();
        var lines = new Logging.JsonLinesSkillLog(text);
        foreach (var entry in _log.Entries)
        {
            lines.Write(entry);
        }

        Assert.Multiple(() =>
        {
            Assert.That(_log.Entries.Count(entry => entry.Event == Logging.LogEvents.UpstreamFailed), Is.GreaterThanOrEqualTo(10), "the down dialogues were logged");
            foreach (var personal in new[] { "Dorchester", "Washington", "Broadway", "Centre", "fixture-token", "42.31", "71.05", "library" })
            {
                Assert.That(text.ToString(), Does.Not.Contain(personal).IgnoreCase, personal);
            }
        });
    }

    [Test]
    public void TrashDay_WithAnAddress_SaysThePickupDay()
    {
        var turn = _dialogues.Turn("trash-day");

        Assert.Multiple(() =>
        {
            Assert.That(turn.Intent, Is.EqualTo("TrashDayIntent"));
            Assert.That(turn.Speech, Is.EqualTo("Trash and recycling at 1000 Dorchester Ave are picked up on Friday."));
            Assert.That(turn.CardTitle, Is.EqualTo("Trash Day"));
            Assert.That(turn.ShouldEndSession, Is.True);
        });
    }

    [Test]
    public void TrashDay_WithTheDevicesAddress_UsesIt()
    {
        Assert.That(_dialogues.Turn("trash-day-device-address").Speech,
            Is.EqualTo("Trash and recycling at 1 City Hall Sq are picked up on Monday and Thursday."));
    }

    [TestCase("trash-day-no-permission-then-address", "AskForPermissionsConsent")]
    [TestCase("trash-day-no-address-then-address", "Simple")]
    public void TrashDay_WithoutAnAddress_AsksForIt_AndAnswersTheNextTurn(string dialogue, string cardType)
    {
        var question = cardType == "Simple"
            ? LocationReplies.NeedsAddressSpeech
            : LocationReplies.NeedsPermissionSpeech([PermissionScopes.FullAddress]);
        var ask = _dialogues.Turn(dialogue);
        var answer = _dialogues.Turn(dialogue, 1);

        Assert.Multiple(() =>
        {
            Assert.That(ask.CardType, Is.EqualTo(cardType));
            Assert.That(ask.Speech, Is.EqualTo(question));
            Assert.That(ask.Directive, Is.EqualTo("Dialog.ElicitSlot:Address"));
            Assert.That(ask.Reprompt, Is.EqualTo(LocationReplies.AddressRepromptSpeech));
            Assert.That(ask.ShouldEndSession, Is.False);
            Assert.That(answer.Speech, Is.EqualTo("Trash and recycling at 1000 Dorchester Ave are picked up on Friday."));
        });
    }

    [Test]
    public void TrashDay_TwoPlacesInTheSchedule_AsksForTheNeighborhood_ThenAnswers()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_dialogues.Turn("trash-day-neighborhood").Directive, Is.EqualTo("Dialog.ElicitSlot:Neighborhood"));
            Assert.That(_dialogues.Turn("trash-day-neighborhood", 1).Speech,
                Is.EqualTo("Trash and recycling at 12 Centre St are picked up on Tuesday."));
        });
    }

    [Test]
    public void TrashDay_WhichOneAnsweredWithANeighborhoodOfNeither_IsAskedAgain_ThenAnswered()
    {
        var question = TrashDayHandler.WhichOneSpeech("12 Centre St", ["Roxbury", "Jamaica Plain"]);

        Assert.Multiple(() =>
        {
            Assert.That(_dialogues.Turn("trash-day-which-one-unsettled").Speech, Is.EqualTo(question));
            Assert.That(_dialogues.Turn("trash-day-which-one-unsettled", 1).Speech, Is.EqualTo(question));
            Assert.That(_dialogues.Turn("trash-day-which-one-unsettled", 1).Directive, Is.EqualTo("Dialog.ElicitSlot:Neighborhood"));
            Assert.That(_dialogues.Turn("trash-day-which-one-unsettled", 2).Speech,
                Is.EqualTo("Trash and recycling at 12 Centre St are picked up on Tuesday."));
        });
    }

    [TestCase("trash-day-street-then-number", "Dorchester Avenue", "Trash and recycling at 1000 Dorchester Ave are picked up on Friday.")]
    [TestCase("voting-zip-code-then-address", "02125",
        "Your polling place is Cristo Rey Boston High School, at 100 Savin Hill Ave. That address votes in ward 16, precinct 8.")]
    public void StreetOrZipCodeWithoutHouseNumber_AsksForTheStreetAddress_ThenAnswers(string dialogue, string said, string answer)
    {
        var ask = _dialogues.Turn(dialogue);

        Assert.Multiple(() =>
        {
            Assert.That(ask.Speech, Is.EqualTo(LocationReplies.HouseNumberSpeech(said)));
            Assert.That(ask.Directive, Is.EqualTo("Dialog.ElicitSlot:Address"));
            Assert.That(ask.ShouldEndSession, Is.False);
            Assert.That(_dialogues.Turn(dialogue, 1).Speech, Is.EqualTo(answer));
        });
    }

    [TestCase("trash-day-outside-boston", "1 Broadway Cambridge")]
    [TestCase("voting-outside-boston", "1 Broadway Cambridge")]
    [TestCase("crime-outside-boston", "1 Broadway Cambridge")]
    public void AddressOutsideBoston_IsToldSo(string dialogue, string address)
    {
        var turn = _dialogues.Turn(dialogue);

        Assert.Multiple(() =>
        {
            Assert.That(turn.Speech, Is.EqualTo(LocationReplies.OutsideBostonSpeech(address)));
            Assert.That(turn.ShouldEndSession, Is.True);
        });
    }

    [TestCase("snow-parking-outside-boston")]
    [TestCase("food-trucks-outside-boston")]
    public void PositionOutsideBoston_IsToldSo(string dialogue)
    {
        Assert.That(_dialogues.Turn(dialogue).Speech, Is.EqualTo(LocationReplies.OutsideBostonPositionSpeech));
    }

    [TestCase("voting-no-permission", new[] { PermissionScopes.FullAddress })]
    [TestCase("crime-no-permission", new[] { PermissionScopes.FullAddress })]
    [TestCase("food-trucks-no-permission", new[] { PermissionScopes.FullAddress })]
    [TestCase("snow-parking-no-permission-then-address", new[] { PermissionScopes.FullAddress, PermissionScopes.Geolocation })]
    public void NoAddressAndNoPermission_SendsTheConsentCardAndElicitsTheAddress(string dialogue, string[] scopes)
    {
        var turn = _dialogues.Turn(dialogue);

        Assert.Multiple(() =>
        {
            Assert.That(turn.CardType, Is.EqualTo("AskForPermissionsConsent"));
            Assert.That(turn.Permissions, Is.EqualTo(scopes));
            Assert.That(turn.Directive, Is.EqualTo("Dialog.ElicitSlot:Address"));
        });
    }

    [Test]
    public void SnowParking_NearTheDevice_NamesTheNearestLot_AndAfterAnAddressToo()
    {
        const string nearest = "The nearest snow emergency parking is Municipal Lot #019, at 16 Hamlet St, about 0.4 miles away in a straight line. " +
            "It has 100 spaces. There is no fee.";

        Assert.Multiple(() =>
        {
            Assert.That(_dialogues.Turn("snow-parking").Speech, Is.EqualTo(nearest));
            Assert.That(_dialogues.Turn("snow-parking").CardTitle, Is.EqualTo("Snow Parking"));
            Assert.That(_dialogues.Turn("snow-parking-no-permission-then-address", 1).Speech, Is.EqualTo(nearest));
        });
    }

    [Test]
    public void Voting_NamesThePollingPlace_AndAnAmbiguousAddressIsNarrowedDown()
    {
        const string pollingPlace =
            "Your polling place is Cristo Rey Boston High School, at 100 Savin Hill Ave. That address votes in ward 16, precinct 8.";
        var ambiguous = _dialogues.Turn("voting-ambiguous-then-neighborhood");

        Assert.Multiple(() =>
        {
            Assert.That(_dialogues.Turn("voting").Speech, Is.EqualTo(pollingPlace));
            Assert.That(ambiguous.Speech, Is.EqualTo(LocationReplies.AmbiguousSpeech("100 Washington Street", ["Dorchester 02121", "Roxbury 02119", "Brighton 02135"])));
            Assert.That(ambiguous.Directive, Is.EqualTo("Dialog.ElicitSlot:Address"));
            Assert.That(_dialogues.Turn("voting-ambiguous-then-neighborhood", 1).Speech, Is.EqualTo(pollingPlace));
        });
    }

    [Test]
    public void Crime_NearTheDevice_ReadsTheNewestReports()
    {
        var turn = _dialogues.Turn("crime");

        Assert.Multiple(() =>
        {
            Assert.That(turn.CardText, Does.StartWith("Here are the 3 most recent crime incident reports within half a mile. " +
                "On Wednesday, January 14 at 6:30 PM: larceny all others on DORCHESTER AVE."));
            Assert.That(turn.CardTitle, Is.EqualTo("Crime Reports"));
        });
    }

    [Test]
    public void FoodTrucks_NearAnAddress_ReadsTodaysTrucks()
    {
        Assert.That(_dialogues.Turn("food-trucks").CardText, Does.StartWith(
            "There are 2 food trucks within a mile of you today. Moyzilla is at Dorchester Avenue at Savin Hill, 11am to 3pm."));
    }

    [Test]
    public void Alerts_AsksWhichService_ThenReadsItThroughItsSynonym()
    {
        var question = _dialogues.Turn("alerts-then-service");
        var answer = _dialogues.Turn("alerts-then-service", 1);

        Assert.Multiple(() =>
        {
            Assert.That(question.Speech, Does.StartWith("There are 4 city service alerts"));
            Assert.That(question.Directive, Is.EqualTo("Dialog.ElicitSlot:ServiceName"));
            Assert.That(question.ShouldEndSession, Is.False);
            Assert.That(answer.CardText, Is.EqualTo("Schools: Boston Public Schools are closed Monday."));
            Assert.That(answer.ShouldEndSession, Is.True);
        });
    }

    [Test]
    public void Alerts_UnknownServiceIsReasked_ThenAllAreRead()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_dialogues.Turn("alerts-then-unknown-then-all", 1).Speech, Does.StartWith(GetAlertsHandler.UnknownServiceSpeech("libraries")));
            Assert.That(_dialogues.Turn("alerts-then-unknown-then-all", 1).Directive, Is.EqualTo("Dialog.ElicitSlot:ServiceName"));
            Assert.That(_dialogues.Turn("alerts-then-unknown-then-all", 2).CardText, Does.StartWith("Snow emergency.").And.EndWith("closed Monday."));
        });
    }

    [Test]
    public void Weather_ReadsTheSnowBanner()
    {
        Assert.That(_dialogues.Turn("weather").Speech, Does.StartWith("Snow emergency. A snow emergency and parking ban are in effect"));
    }

    [Test]
    public void Feedback_IsAskedFor_ThenSentToTheWebhook()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_dialogues.Turn("feedback").Directive, Is.EqualTo("Dialog.ElicitSlot:Feedback"));
            Assert.That(_dialogues.Turn("feedback", 1).Speech, Is.EqualTo(FeedbackHandler.ThanksSpeech));
            Assert.That(_cityData.Responder.ReceivedFeedback.Single(), Does.Contain("please add library hours"));
        });
    }

    [Test]
    public void ThreeOneOne_ReadsAsManyAsAsked_OrThree()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_dialogues.Turn("three-one-one").CardText, Does.StartWith("Here are the 5 latest reports to Boston three one one."));
            Assert.That(_dialogues.Turn("three-one-one-default").CardText, Does.StartWith("Here are the 3 latest reports to Boston three one one."));
        });
    }

    [Test]
    public void FarmersMarkets_ReadsTodaysMarkets()
    {
        Assert.That(_dialogues.Turn("farmers-markets").CardText, Does.StartWith("One farmers market is open in Boston today, Thursday."));
    }

    [TestCase("trash-day-down", typeof(TrashDayHandler))]
    [TestCase("snow-parking-down", typeof(SnowParkingHandler))]
    [TestCase("voting-down", typeof(VotingHandler))]
    [TestCase("crime-down", typeof(CrimeIncidentsHandler))]
    [TestCase("food-trucks-down", typeof(FoodTruckHandler))]
    [TestCase("alerts-down", typeof(GetAlertsHandler))]
    [TestCase("weather-down", typeof(InclementWeatherHandler))]
    [TestCase("three-one-one-down", typeof(LatestThreeOneOneHandler))]
    [TestCase("farmers-markets-down", typeof(FarmersMarketHandler))]
    public void CityServiceDown_TheFeatureApologises(string dialogue, Type handler)
    {
        var last = _dialogues.Turn(dialogue, _dialogues.TurnCount(dialogue) - 1);

        Assert.Multiple(() =>
        {
            Assert.That(last.Speech, Is.EqualTo(Apology(handler)));
            Assert.That(last.ShouldEndSession, Is.True);
        });
    }

    [Test]
    public void FeedbackWebhookDown_Apologises()
    {
        Assert.That(_dialogues.Turn("feedback-down", 1).Speech, Is.EqualTo(Apology(typeof(FeedbackHandler))));
    }

    private static string Apology(Type handler) =>
        ((CityDataHandler)Activator.CreateInstance(handler, Services)!).UnavailableSpeech;
}
