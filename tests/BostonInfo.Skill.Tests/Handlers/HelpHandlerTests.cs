using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class HelpHandlerTests
{
    [Test]
    public async Task Help_ExplainsWhatToAskAndKeepsTheSessionOpen()
    {
        using var response = await SkillInvocation.InvokeAsync(AlexaRequest.Intent("AMAZON.HelpIntent"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(HelpHandler.Speech));
            Assert.That(response.Speech(), Does.Contain("trash day").And.Contain("I have a suggestion").And.Not.Contain("COVID"));
            Assert.That(response.ShouldEndSession(), Is.False);
            Assert.That(response.Reprompt(), Is.EqualTo(HelpHandler.RepromptSpeech));
            Assert.That(response.CardTitle(), Is.EqualTo("Help"));
        });
    }
}
