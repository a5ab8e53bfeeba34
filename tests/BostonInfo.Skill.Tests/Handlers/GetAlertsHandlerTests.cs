using System.Text.Json.Nodes;
using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class GetAlertsHandlerTests
{
    private const string Intent = "GetAlertsIntent";

    private const string Banner =
        "Snow emergency. A snow emergency and parking ban are in effect starting 8 p.m. Sunday. Move your car off main roads & use a discounted garage.";

    [Test]
    public async Task SeveralAlerts_NamesTheServicesAndAsksWhichOne_RememberingThemForTheAnswer()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(
                "There are 4 city service alerts, for city alert, Trash and recycling, Parking meters, and Schools. " +
                "Which one would you like to hear? You can also say all."));
            Assert.That(response.Directive(), Is.EqualTo("Dialog.ElicitSlot:ServiceName"));
            Assert.That(response.ShouldEndSession(), Is.False);
            Assert.That(response.Reprompt(), Is.EqualTo(GetAlertsHandler.RepromptSpeech));
            Assert.That(response.Attribute(GetAlertsHandler.AlertsKey)?.GetArrayLength(), Is.EqualTo(4));
        });
    }

    [Test]
    public async Task FollowUp_WithASynonym_AnswersFromTheSessionWithoutReadingThePageAgain()
    {
        var skill = new FixtureSkill();
        using var question = await skill.AskAsync(FixtureSkill.Intent(Intent));
        var remembered = JsonNode.Parse(question.Attribute(GetAlertsHandler.AlertsKey)!.Value.GetRawText())!;

        using var answer = await skill.AskAsync(FixtureSkill.Intent(Intent)
            .WithSessionAttribute(GetAlertsHandler.AlertsKey, remembered)
            .WithResolvedSlot(GetAlertsHandler.ServiceSlot, "school closings", "schools"));

        Assert.Multiple(() =>
        {
            Assert.That(answer.Heard(), Is.EqualTo("Schools: Boston Public Schools are closed Monday."));
            Assert.That(answer.ShouldEndSession(), Is.True);
            Assert.That(skill.CallsTo("bostongov"), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task All_ReadsTheBannerFirstThenEveryAlert_EscapedForSsml()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithResolvedSlot(GetAlertsHandler.ServiceSlot, "everything", "all"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Heard(), Does.StartWith(Banner));
            Assert.That(response.Heard(), Does.EndWith("Schools: Boston Public Schools are closed Monday."));
            Assert.That(response.Ssml(), Does.Contain("main roads &amp; use"));
            Assert.That(response.Heard(), Does.Not.Contain("normal schedule"));
            Assert.That(response.Heard(), Does.Not.Contain("tow lot"));
        });
    }

    [Test]
    public async Task UnknownService_SaysSoAndAsksAgain()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot(GetAlertsHandler.ServiceSlot, "libraries"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Does.StartWith(GetAlertsHandler.UnknownServiceSpeech("libraries")));
            Assert.That(response.Directive(), Is.EqualTo("Dialog.ElicitSlot:ServiceName"));
        });
    }

    [Test]
    public async Task NoAlertsRemembered_SaysServicesAreNormal()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSessionAttribute(GetAlertsHandler.AlertsKey, new JsonArray()));

        Assert.That(response.Speech(), Is.EqualTo(GetAlertsHandler.NoAlertsSpeech));
    }
}
