using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class FallbackHandlerTests
{
    [Test]
    public async Task Fallback_SaysItCannotHelpSuggestsTopicsAndKeepsListening()
    {
        using var response = await SkillInvocation.InvokeAsync(AlexaRequest.Intent("AMAZON.FallbackIntent"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(FallbackHandler.Speech));
            Assert.That(response.Speech(), Does.StartWith("Sorry"));
            Assert.That(response.ShouldEndSession(), Is.False);
            Assert.That(response.Reprompt(), Is.EqualTo(FallbackHandler.RepromptSpeech));
            Assert.That(response.CardTitle(), Is.EqualTo("Boston Info"));
        });
    }
}
