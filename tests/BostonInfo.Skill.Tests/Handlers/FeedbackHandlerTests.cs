using System.Text.Json;
using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class FeedbackHandlerTests
{
    private const string Intent = "FeedbackIntent";

    [Test]
    public async Task NoFeedbackYet_ElicitsIt()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(FeedbackHandler.AskSpeech));
            Assert.That(response.Directive(), Is.EqualTo("Dialog.ElicitSlot:Feedback"));
            Assert.That(response.Reprompt(), Is.EqualTo(FeedbackHandler.AskRepromptSpeech));
        });
    }

    [Test]
    public async Task Feedback_IsPostedAsASlackMessage_AndKeptOutOfTheLog()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Feedback", "add library hours"));

        using var posted = JsonDocument.Parse(skill.Http.Responder.ReceivedFeedback.Single());
        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(FeedbackHandler.ThanksSpeech));
            Assert.That(response.ShouldEndSession(), Is.True);
            Assert.That(posted.RootElement.GetProperty("text").GetString(), Is.EqualTo(":bulb: Boston Info feedback\n>add library hours"));
            Assert.That(skill.Log.Text, Does.Not.Contain("library"));
        });
    }

    [Test]
    public async Task NoWebhookConfigured_ThanksButSaysItCannotBeRecorded()
    {
        var skill = new FixtureSkill(withFeedbackWebhook: false);

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Feedback", "add library hours"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(FeedbackHandler.NotRecordedSpeech));
            Assert.That(skill.Http.Requests, Is.Empty);
        });
    }

    [Test]
    public async Task WebhookDown_Apologises()
    {
        var skill = new FixtureSkill(upstreamsDown: true);

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Feedback", "add library hours"));

        Assert.That(response.Speech(), Is.EqualTo(new FeedbackHandler(TestServices.Create()).UnavailableSpeech));
    }
}
