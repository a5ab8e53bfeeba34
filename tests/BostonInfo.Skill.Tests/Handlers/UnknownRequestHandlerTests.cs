using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class UnknownRequestHandlerTests
{
    [Test]
    public async Task UnknownRequestType_GetsAPoliteSpokenAnswerThatEndsTheSession()
    {
        using var response = await SkillInvocation.InvokeAsync(SkillInvocation.CreateFunction(new RecordingSkillLog()),
            Fixture.Read("audioplayer-playback-started.json"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(UnknownRequestHandler.Speech));
            Assert.That(response.ShouldEndSession(), Is.True);
        });
    }

    [Test]
    public async Task UnknownRequestType_IsLoggedWithItsType()
    {
        var log = new RecordingSkillLog();

        using var _ = await SkillInvocation.InvokeAsync(SkillInvocation.CreateFunction(log), AlexaRequest.OfType("Connections.Response"));

        Assert.Multiple(() =>
        {
            Assert.That(log.Entries.Single().RequestType, Is.EqualTo("Connections.Response"));
            Assert.That(log.Entries.Single().Handler, Is.EqualTo(nameof(UnknownRequestHandler)));
        });
    }
}
