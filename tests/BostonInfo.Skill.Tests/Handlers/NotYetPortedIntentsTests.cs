using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class NotYetPortedIntentsTests
{
    [TestCaseSource(typeof(NotYetPortedIntents), nameof(NotYetPortedIntents.Names))]
    public async Task CityDataIntent_AnswersThatTheFeatureIsComingAndKeepsListening(string intentName)
    {
        using var response = await SkillInvocation.InvokeAsync(AlexaRequest.Intent(intentName).WithSlot("Address", "1 City Hall Square"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Does.Contain("coming soon"));
            Assert.That(response.ShouldEndSession(), Is.False);
            Assert.That(response.Reprompt(), Is.Not.Null);
        });
    }
}
