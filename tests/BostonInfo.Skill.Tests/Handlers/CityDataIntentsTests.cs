using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Location;
using BostonInfo.Skill.Protocol.Requests;
using BostonInfo.Skill.Routing;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

/// <summary>The paths every city-data intent shares: a city service that is down, and a place outside Boston.</summary>
public sealed class CityDataIntentsTests
{
    private static readonly RequestRouter Router = SkillRoutes.Build(TestServices.Create());

    private static readonly string[] PlaceIntents = ["TrashDayIntent", "SnowParkingIntent", "VotingIntent", "CrimeIncidentsIntent", "FoodTruckIntent"];

    private static readonly string[] OtherIntents =
        ["GetAlertsIntent", "InclementWeatherIntent", "LatestThreeOneOne", "FarmersMarketIntent"];

    private static CityDataHandler HandlerOf(string intent) =>
        (CityDataHandler)Router.Route(new IntentRequest { Type = RequestTypes.Intent, Intent = new Intent { Name = intent } });

    private static IEnumerable<TestCaseData> EveryCityDataQuestion() =>
        PlaceIntents.Select(intent => new TestCaseData(intent, FixtureSkill.Intent(intent).WithSlot("Address", "1000 Dorchester Ave").ToJson()))
            .Concat(OtherIntents.Select(intent => new TestCaseData(intent, FixtureSkill.Intent(intent).ToJson())))
            .Append(new TestCaseData("FeedbackIntent", FixtureSkill.Intent("FeedbackIntent").WithSlot("Feedback", "more parks").ToJson()))
            .Select(testCase => testCase.SetArgDisplayNames((string)testCase.Arguments[0]!));

    [TestCaseSource(nameof(EveryCityDataQuestion))]
    public async Task UpstreamDown_TheFeatureApologisesOnItsCardAndEnds(string intent, string requestJson)
    {
        var skill = new FixtureSkill(upstreamsDown: true);
        var handler = HandlerOf(intent);

        using var response = await skill.AskAsync(requestJson);

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(handler.UnavailableSpeech));
            Assert.That(response.CardTitle(), Is.EqualTo(handler.CardTitle));
            Assert.That(response.Reprompt(), Is.Null);
            Assert.That(response.ShouldEndSession(), Is.True);
        });
    }

    [TestCaseSource(nameof(PlaceIntents))]
    public async Task AddressOutsideBoston_IsToldSoOnTheFeaturesCard(string intent)
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(intent).WithSlot("Address", "1 Broadway Cambridge"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(LocationReplies.OutsideBostonSpeech("1 Broadway Cambridge")));
            Assert.That(response.CardTitle(), Is.EqualTo(HandlerOf(intent).CardTitle));
            Assert.That(response.ShouldEndSession(), Is.True);
        });
    }
}
