using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class UnknownIntentHandlerTests
{
    [Test]
    public async Task IntentWithoutHandler_GetsAPoliteAnswerAndTheSessionStaysOpen()
    {
        using var response = await SkillInvocation.InvokeAsync(AlexaRequest.Intent("GetAddressIntent"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(UnknownIntentHandler.Speech));
            Assert.That(response.ShouldEndSession(), Is.False);
            Assert.That(response.Reprompt(), Is.EqualTo(UnknownIntentHandler.RepromptSpeech));
        });
    }
}
