using System.Text.Json;
using System.Text.Json.Nodes;
using BostonInfo.Skill.Protocol;
using BostonInfo.Skill.Protocol.Requests;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Speech;

namespace BostonInfo.Skill.Tests.Protocol;

public sealed class ResponseSerializationTests
{
    private static string Serialize(SkillResponse response) =>
        JsonSerializer.Serialize(response, SkillJsonContext.Default.SkillResponse);

    [Test]
    public void PlainSpeechThatEndsTheSession_HasNoNullMembers()
    {
        var response = new ResponseBuilder().Speak("Goodbye.").EndSession().Build();

        Assert.That(Serialize(response), Is.EqualTo(
            """{"version":"1.0","response":{"outputSpeech":{"type":"PlainText","text":"Goodbye."},"shouldEndSession":true}}"""));
    }

    [Test]
    public void EmptyResponse_IsVersionAndAnEmptyResponseObject()
    {
        Assert.That(Serialize(FixedResponses.Empty()), Is.EqualTo("""{"version":"1.0","response":{}}"""));
    }

    [Test]
    public void SsmlSpeech_IsWrittenAsSsmlAndTheCardGetsThePlainText()
    {
        var speech = new SsmlBuilder().Say("Trash & recycling:").Pause(TimeSpan.FromMilliseconds(300)).Say("Tuesday.").Build();

        var response = new ResponseBuilder().Speak(speech).SimpleCard("Trash Day").EndSession().Build();

        using var document = JsonDocument.Parse(Serialize(response));
        var body = document.RootElement.GetProperty("response");
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("outputSpeech").GetProperty("type").GetString(), Is.EqualTo("SSML"));
            Assert.That(body.GetProperty("outputSpeech").GetProperty("ssml").GetString(),
                Is.EqualTo("<speak>Trash &amp; recycling: <break time=\"300ms\"/> Tuesday.</speak>"));
            Assert.That(body.GetProperty("card").GetProperty("content").GetString(), Is.EqualTo("Trash & recycling: Tuesday."));
            Assert.That(body.TryGetProperty("reprompt", out _), Is.False);
        });
    }

    [Test]
    public void RepromptAndSessionAttributes_AreWrittenWhenTheSessionStaysOpen()
    {
        var attributes = new JsonObject { ["currentAddress"] = "1 City Hall Square" };

        var response = new ResponseBuilder().Speak("Which one?").Reprompt("Which service?").KeepSessionOpen()
            .SessionAttributes(attributes).Build();

        using var document = JsonDocument.Parse(Serialize(response));
        var root = document.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("sessionAttributes").GetProperty("currentAddress").GetString(), Is.EqualTo("1 City Hall Square"));
            Assert.That(root.GetProperty("response").GetProperty("reprompt").GetProperty("outputSpeech").GetProperty("text").GetString(),
                Is.EqualTo("Which service?"));
            Assert.That(root.GetProperty("response").GetProperty("shouldEndSession").GetBoolean(), Is.False);
        });
    }

    [Test]
    public void PermissionsCard_ListsTheScopesAndHasNoTitle()
    {
        var response = new ResponseBuilder()
            .Speak("Please allow Boston Info to use your device address in the Alexa app.")
            .PermissionsCard("alexa::devices:all:address:full:read")
            .EndSession()
            .Build();

        using var document = JsonDocument.Parse(Serialize(response));
        var card = document.RootElement.GetProperty("response").GetProperty("card");
        Assert.That(card.ToString(), Is.EqualTo(
            """{"type":"AskForPermissionsConsent","permissions":["alexa::devices:all:address:full:read"]}"""));
    }

    [Test]
    public void StandardCard_HasTitleTextAndImageUrls()
    {
        var response = new ResponseBuilder().Speak("Here is the lot.")
            .StandardCard("Snow Parking", new CardImage { SmallImageUrl = "https://example.org/s.png", LargeImageUrl = "https://example.org/l.png" })
            .EndSession().Build();

        using var document = JsonDocument.Parse(Serialize(response));
        Assert.That(document.RootElement.GetProperty("response").GetProperty("card").ToString(), Is.EqualTo(
            """{"type":"Standard","title":"Snow Parking","text":"Here is the lot.","image":{"smallImageUrl":"https://example.org/s.png","largeImageUrl":"https://example.org/l.png"}}"""));
    }

    [Test]
    public void ElicitSlot_WritesTheDirectiveWithUpdatedIntentAndKeepsTheSessionOpen()
    {
        var intent = new Intent
        {
            Name = "VotingIntent",
            ConfirmationStatus = "NONE",
            Slots = new() { ["Zipcode"] = new Slot { Name = "Zipcode", ConfirmationStatus = "NONE" } },
        };

        var response = new ResponseBuilder().Speak("What's the zip code?").ElicitSlot("Zipcode", intent).Build();

        using var document = JsonDocument.Parse(Serialize(response));
        var body = document.RootElement.GetProperty("response");
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("directives").ToString(), Is.EqualTo(
                """[{"type":"Dialog.ElicitSlot","slotToElicit":"Zipcode","updatedIntent":{"name":"VotingIntent","confirmationStatus":"NONE","slots":{"Zipcode":{"name":"Zipcode","confirmationStatus":"NONE"}}}}]"""));
            Assert.That(body.GetProperty("shouldEndSession").GetBoolean(), Is.False);
        });
    }

    [Test]
    public void Delegate_WritesOnlyTheDirective()
    {
        var response = new ResponseBuilder().Delegate().Build();

        Assert.That(Serialize(response), Is.EqualTo(
            """{"version":"1.0","response":{"directives":[{"type":"Dialog.Delegate"}]}}"""));
    }

    [Test]
    public void Refused_CarriesNoContentAndEndsTheSession()
    {
        Assert.That(Serialize(FixedResponses.Refused()), Is.EqualTo("""{"version":"1.0","response":{"shouldEndSession":true}}"""));
    }

    [Test]
    public void Responses_ReadBackThroughThePolymorphicTypes()
    {
        var response = new ResponseBuilder().Speak("Hello").SimpleCard("Boston Info").ElicitSlot("Address").Build();

        var again = JsonSerializer.Deserialize(Serialize(response), SkillJsonContext.Default.SkillResponse)!;

        Assert.Multiple(() =>
        {
            Assert.That(again.Response.OutputSpeech, Is.InstanceOf<PlainTextOutputSpeech>());
            Assert.That(again.Response.Card, Is.InstanceOf<SimpleCard>());
            Assert.That(again.Response.Directives, Has.Exactly(1).InstanceOf<ElicitSlotDirective>());
        });
    }
}
