using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class SessionEndedHandlerTests
{
    [TestCase("USER_INITIATED")]
    [TestCase("EXCEEDED_MAX_REPROMPTS")]
    public async Task SessionEnded_AnswersWithAnEmptyResponse(string reason)
    {
        using var response = await SkillInvocation.InvokeAsync(AlexaRequest.SessionEnded(reason));

        Assert.That(response.RootElement.ToString(), Is.EqualTo("""{"version":"1.0","response":{}}"""));
    }

    [Test]
    public async Task SessionEnded_WithAnError_LogsTheReasonAndErrorType()
    {
        var log = new RecordingSkillLog();

        using var _ = await SkillInvocation.InvokeAsync(SkillInvocation.CreateFunction(log), Fixture.Read("session-ended-with-error.json"));

        var entry = log.Entries.Single();
        Assert.Multiple(() =>
        {
            Assert.That(entry.RequestType, Is.EqualTo("SessionEndedRequest"));
            Assert.That(entry.Reason, Is.EqualTo("ERROR"));
            Assert.That(entry.ErrorType, Is.EqualTo("INVALID_RESPONSE"));
        });
    }
}
