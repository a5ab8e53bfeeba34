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

    /// <summary>Every intent a city-data handler answers (whatever handlers exist: a new one is covered here too).</summary>
    private static IEnumerable<string> CityDataIntents() => Router.IntentNames.Where(name => Handler(name) is CityDataHandler).Order();

    private static IEnumerable<string> PlaceIntents() => CityDataIntents().Where(name => Handler(name) is PlaceHandler);

    private static ISkillHandler Handler(string intent) =>
        Router.Route(new IntentRequest { Type = RequestTypes.Intent, Intent = new Intent { Name = intent } });

    private static CityDataHandler HandlerOf(string intent) => (CityDataHandler)Handler(intent);

    [TestCaseSource(nameof(CityDataIntents))]
    public async Task UpstreamDown_TheFeatureApologisesOnItsCardAndEnds(string intent)
    {
        var skill = new FixtureSkill(upstreamsDown: true);
        var handler = HandlerOf(intent);

        // Every slot a city-data intent needs to go as far as its city service; each handler reads only its own.
        using var response = await skill.AskAsync(FixtureSkill.Intent(intent).WithSlot("Address", "1000 Dorchester Ave").WithSlot("Feedback", "more parks"));

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
