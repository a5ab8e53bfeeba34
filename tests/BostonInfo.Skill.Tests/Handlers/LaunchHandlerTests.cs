using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class LaunchHandlerTests
{
    [Test]
    public async Task Launch_WelcomesOffersTopicsAndKeepsTheSessionOpenWithAReprompt()
    {
        using var response = await SkillInvocation.InvokeAsync(AlexaRequest.Launch());

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(LaunchHandler.Speech));
            Assert.That(response.Speech(), Does.StartWith("Welcome to Boston Info").And.Contain("trash").And.Contain("snow emergency"));
            Assert.That(response.Reprompt(), Is.EqualTo(LaunchHandler.RepromptSpeech));
            Assert.That(response.ShouldEndSession(), Is.False);
            Assert.That(response.CardTitle(), Is.EqualTo("Boston Info"));
            Assert.That(response.CardContent(), Is.EqualTo(LaunchHandler.Speech));
        });
    }

    [Test]
    public async Task Launch_DoesNotMentionCovid()
    {
        using var response = await SkillInvocation.InvokeAsync(AlexaRequest.Launch());

        Assert.That(response.Speech() + " " + response.Reprompt(), Does.Not.Contain("COVID").IgnoreCase.And.Not.Contain("coronavirus").IgnoreCase);
    }

    [Test]
    public async Task Launch_HandsTheSessionAttributesBack()
    {
        using var response = await SkillInvocation.InvokeAsync(AlexaRequest.Launch().WithSessionAttribute("repeatCount", 2));

        Assert.That(response.RootElement.GetProperty("sessionAttributes").GetProperty("repeatCount").GetInt32(), Is.EqualTo(2));
    }
}
