using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;
using BostonInfo.Skill.Speech;

namespace BostonInfo.Skill.Tests.Replies;

public sealed class ResponseBuilderTests
{
    [Test]
    public void Reprompt_WhenTheSessionEnds_IsRefused()
    {
        var builder = new ResponseBuilder().Speak("Bye.").Reprompt("Still there?").EndSession();

        Assert.That(() => builder.Build(), Throws.InvalidOperationException.With.Message.Contains("reprompt"));
    }

    [Test]
    public void Response_WithoutASessionDecision_IsRefused()
    {
        var builder = new ResponseBuilder().Speak("Hello.");

        Assert.That(() => builder.Build(), Throws.InvalidOperationException.With.Message.Contains("session"));
    }

    [Test]
    public void Response_WithoutSpeech_IsRefused()
    {
        Assert.That(() => new ResponseBuilder().EndSession().Build(), Throws.InvalidOperationException);
    }

    [Test]
    public void Delegate_WithSpeech_IsRefused()
    {
        var builder = new ResponseBuilder().Speak("What's your address?").Delegate();

        Assert.That(() => builder.Build(), Throws.InvalidOperationException.With.Message.Contains("Delegate"));
    }

    [Test]
    public void SimpleCard_OfSsmlSpeech_ContainsNoMarkup()
    {
        var speech = new SsmlBuilder().Say("Snow emergency <declared>.").Pause(TimeSpan.FromMilliseconds(500)).Say("Move your car.").Build();

        var card = (SimpleCard)new ResponseBuilder().Speak(speech).SimpleCard("City Alerts").EndSession().Build().Response.Card!;

        Assert.Multiple(() =>
        {
            Assert.That(card.Content, Is.EqualTo("Snow emergency <declared>. Move your car."));
            Assert.That(card.Content, Does.Not.Contain("<speak>").And.Not.Contain("<break").And.Not.Contain("&lt;"));
        });
    }

    [Test]
    public void PermissionsCard_WithoutScopes_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new ResponseBuilder().PermissionsCard());
    }
}
