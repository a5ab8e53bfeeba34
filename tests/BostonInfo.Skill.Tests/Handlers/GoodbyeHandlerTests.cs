using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class GoodbyeHandlerTests
{
    [TestCase("AMAZON.StopIntent")]
    [TestCase("AMAZON.CancelIntent")]
    [TestCase("AMAZON.NavigateHomeIntent")]
    public async Task StopCancelOrHome_SaysGoodbyeAndEndsTheSessionWithoutReprompt(string intentName)
    {
        using var response = await SkillInvocation.InvokeAsync(AlexaRequest.Intent(intentName));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(GoodbyeHandler.Speech));
            Assert.That(response.ShouldEndSession(), Is.True);
            Assert.That(response.Reprompt(), Is.Null);
            Assert.That(response.CardTitle(), Is.EqualTo("Boston Info"));
        });
    }
}
