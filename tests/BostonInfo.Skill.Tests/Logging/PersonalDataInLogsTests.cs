using BostonInfo.Skill.Logging;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Logging;

public sealed class PersonalDataInLogsTests
{
    private const string Address = "742 Evergreen Terrace";
    private const string ApiToken = "eyJhbGciOi.secret-api-access-token";
    private const string LinkedToken = "Atza|secret-linked-account-token";
    private const double Latitude = 42.3587;
    private const double Longitude = -71.0567;

    private static readonly string[] PersonalValues =
        [Address, ApiToken, LinkedToken, "42.3587", "-71.0567", "TESTUSER", "TESTDEVICE", "Flat 2B"];

    private static AlexaRequest PersonalRequest(string intentName) =>
        AlexaRequest.Intent(intentName)
            .WithSlot("Address", Address)
            .WithApiAccessToken(ApiToken)
            .WithLinkedAccountToken(LinkedToken)
            .WithGeolocation(Latitude, Longitude)
            .WithSessionAttribute("currentAddress", "Flat 2B");

    [Test]
    public async Task HandledRequest_LogsNoAddressTokenCoordinateOrId()
    {
        var log = new RecordingSkillLog();

        using var _ = await SkillInvocation.InvokeAsync(SkillInvocation.CreateFunction(log), PersonalRequest("FoodTruckIntent"));

        Assert.Multiple(() =>
        {
            Assert.That(log.Entries, Has.Count.EqualTo(1));
            foreach (var value in PersonalValues)
            {
                Assert.That(log.Text, Does.Not.Contain(value));
            }
        });
    }

    [Test]
    public async Task FailingHandler_WhoseMessageQuotesPersonalData_IsLoggedRedacted()
    {
        var log = new RecordingSkillLog();
        var leakyHandler = new FunctionTests.ThrowingHandler(input =>
            $"no pickup for {input.Intent!.SlotValue("Address")} (token {input.Envelope.Context!.System!.ApiAccessToken}, " +
            $"account {input.Envelope.Context.System.User!.AccessToken}, at {input.Envelope.Context.Geolocation!.Coordinate!.LatitudeInDegrees}," +
            $"{input.Envelope.Context.Geolocation.Coordinate.LongitudeInDegrees}, stored flat 2b)");
        var function = SkillInvocation.CreateFunction(log, FunctionTests.RouterWith(leakyHandler));

        using var _ = await SkillInvocation.InvokeAsync(function, PersonalRequest("TrashDayIntent"));

        Assert.Multiple(() =>
        {
            Assert.That(log.Entries.Single().Event, Is.EqualTo(LogEvents.HandlerFailed));
            Assert.That(log.Entries.Single().Error, Does.StartWith("no pickup for [redacted]"));
            foreach (var value in PersonalValues)
            {
                Assert.That(log.Text, Does.Not.Contain(value).IgnoreCase);
            }
        });
    }

    [Test]
    public async Task MalformedRequestCarryingAToken_LogsNeitherTheTokenNorTheBody()
    {
        var log = new RecordingSkillLog();
        var truncated = PersonalRequest("TrashDayIntent").ToJson()[..^20];

        using var _ = await SkillInvocation.InvokeAsync(SkillInvocation.CreateFunction(log), truncated);

        Assert.Multiple(() =>
        {
            Assert.That(log.Entries.Single().Event, Is.EqualTo(LogEvents.MalformedRequest));
            foreach (var value in PersonalValues)
            {
                Assert.That(log.Text, Does.Not.Contain(value));
            }
        });
    }

    [Test]
    public async Task LogLines_AreOneJsonObjectPerLine()
    {
        var log = new RecordingSkillLog();
        var function = SkillInvocation.CreateFunction(log);

        using (await SkillInvocation.InvokeAsync(function, AlexaRequest.Launch()))
        using (await SkillInvocation.InvokeAsync(function, AlexaRequest.Intent("AMAZON.HelpIntent")))
        {
        }

        var lines = log.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(lines, Has.All.StartsWith("{\"level\":\"info\",\"event\":\"request_handled\""));
    }
}
