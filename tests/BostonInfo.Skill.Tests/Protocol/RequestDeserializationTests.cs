using System.Text.Json;
using BostonInfo.Skill.Protocol;
using BostonInfo.Skill.Protocol.Requests;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Protocol;

public sealed class RequestDeserializationTests
{
    private static SkillRequest ReadFixture(string fileName) =>
        JsonSerializer.Deserialize(Fixture.Read(fileName), SkillJsonContext.Default.SkillRequest)!;

    [Test]
    public void LaunchRequest_ReadsSessionApplicationDeviceAndApiAccess()
    {
        var request = ReadFixture("launch-request.json");

        Assert.Multiple(() =>
        {
            Assert.That(request.Version, Is.EqualTo("1.0"));
            Assert.That(request.Request, Is.InstanceOf<LaunchRequest>());
            Assert.That(request.Request!.Type, Is.EqualTo("LaunchRequest"));
            Assert.That(request.Request.RequestId, Is.EqualTo("amzn1.echo-api.request.0000-launch"));
            Assert.That(request.Request.Locale, Is.EqualTo("en-US"));
            Assert.That(request.Request.Timestamp, Is.EqualTo("2026-01-15T14:03:00Z"));
            Assert.That(request.Session!.New, Is.True);
            Assert.That(request.Session.SessionId, Is.EqualTo("amzn1.echo-api.session.0000-launch"));
            Assert.That(request.Session.Application!.ApplicationId, Is.EqualTo("amzn1.ask.skill.00000000-0000-0000-0000-000000000001"));
            Assert.That(request.Session.User!.UserId, Is.EqualTo("amzn1.ask.account.LAUNCHUSER"));
            Assert.That(request.Context!.System!.ApiEndpoint, Is.EqualTo("https://api.amazonalexa.com"));
            Assert.That(request.Context.System.ApiAccessToken, Does.EndWith("launch-token"));
            Assert.That(request.Context.System.Device!.DeviceId, Is.EqualTo("amzn1.ask.device.LAUNCHDEVICE"));
            Assert.That(request.Context.System.Device.Supports("AudioPlayer"), Is.True);
            Assert.That(request.Context.System.Device.Supports("Geolocation"), Is.False);
            Assert.That(request.Context.Geolocation, Is.Null);
        });
    }

    [Test]
    public void IntentRequest_WithTypeLastInTheObject_ReadsIntentSlotsAndResolutions()
    {
        var request = ReadFixture("intent-request-with-slots.json");

        var intentRequest = (IntentRequest)request.Request!;
        var slot = intentRequest.Intent!.Slots!["ServiceName"];
        var authority = slot.Resolutions!.ResolutionsPerAuthority!.Single();
        Assert.Multiple(() =>
        {
            Assert.That(intentRequest.Type, Is.EqualTo("IntentRequest"));
            Assert.That(intentRequest.DialogState, Is.EqualTo("STARTED"));
            Assert.That(intentRequest.Intent.Name, Is.EqualTo("GetAlertsIntent"));
            Assert.That(intentRequest.Intent.ConfirmationStatus, Is.EqualTo("NONE"));
            Assert.That(slot.Name, Is.EqualTo("ServiceName"));
            Assert.That(slot.Value, Is.EqualTo("sweeping"));
            Assert.That(slot.ConfirmationStatus, Is.EqualTo("NONE"));
            Assert.That(authority.Authority, Does.EndWith(".BostonServices"));
            Assert.That(authority.Status!.Code, Is.EqualTo(ResolutionStatus.SuccessMatch));
            Assert.That(authority.Values!.Single().Value!.Name, Is.EqualTo("street cleaning"));
            Assert.That(authority.Values!.Single().Value!.Id, Is.EqualTo("STREET_CLEANING"));
            Assert.That(intentRequest.Intent.SlotValue("ServiceName"), Is.EqualTo("sweeping"));
            Assert.That(intentRequest.Intent.SlotValue("Unfilled"), Is.Null, "a slot without a value");
            Assert.That(intentRequest.Intent.SlotValue("NotDeclared"), Is.Null, "a slot the intent does not have");
        });
    }

    [Test]
    public void SessionAttributes_RoundTripAsJson()
    {
        var request = ReadFixture("intent-request-with-slots.json");

        var attributes = request.Session!.Attributes!;
        Assert.Multiple(() =>
        {
            Assert.That(attributes["currentAddress"]!.GetValue<string>(), Is.EqualTo("1 City Hall Square"));
            Assert.That(attributes["repeatCount"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(attributes["alerts"]!.ToJsonString(),
                Is.EqualTo("""{"street cleaning":"Street cleaning is suspended today."}"""));
        });
    }

    [Test]
    public void SessionEndedRequest_ReadsReasonAndError()
    {
        var request = ReadFixture("session-ended-with-error.json");

        var ended = (SessionEndedRequest)request.Request!;
        Assert.Multiple(() =>
        {
            Assert.That(ended.Reason, Is.EqualTo("ERROR"));
            Assert.That(ended.Error!.Type, Is.EqualTo("INVALID_RESPONSE"));
            Assert.That(ended.Error.Message, Is.EqualTo("The response is invalid."));
        });
    }

    [Test]
    public void UnknownRequestType_IsKeptWithItsTypeInsteadOfFailing()
    {
        var request = ReadFixture("audioplayer-playback-started.json");

        Assert.Multiple(() =>
        {
            Assert.That(request.Request, Is.InstanceOf<UnknownRequest>());
            Assert.That(request.Request!.Type, Is.EqualTo("AudioPlayer.PlaybackStarted"));
            Assert.That(request.Request.RequestId, Is.EqualTo("amzn1.echo-api.request.0000-audio"));
            Assert.That(request.Session, Is.Null, "AudioPlayer events come without a session");
        });
    }

    [Test]
    public void MinimalRequestOfTheOriginalSkill_ReadsAsUnknownWithBothApplicationIds()
    {
        var request = ReadFixture("minimal-unknown-request.json");

        Assert.Multiple(() =>
        {
            Assert.That(request.Request!.Type, Is.EqualTo("BaseTestRequest"));
            Assert.That(request.Session!.Application!.ApplicationId, Is.EqualTo("fake-application-id"));
            Assert.That(request.Context!.System!.Application!.ApplicationId, Is.EqualTo("fake-context-application-id"));
        });
    }

    [Test]
    public void Geolocation_ReadsCoordinateLocationServicesAndPermissions()
    {
        var request = ReadFixture("intent-request-with-geolocation.json");

        var geolocation = request.Context!.Geolocation!;
        var user = request.Context.System!.User!;
        Assert.Multiple(() =>
        {
            Assert.That(geolocation.Coordinate!.LatitudeInDegrees, Is.EqualTo(42.360253));
            Assert.That(geolocation.Coordinate.LongitudeInDegrees, Is.EqualTo(-71.058291));
            Assert.That(geolocation.Coordinate.AccuracyInMeters, Is.EqualTo(12.5));
            Assert.That(geolocation.Timestamp, Is.EqualTo("2026-01-15T14:07:00Z"));
            Assert.That(geolocation.LocationServices!.Access, Is.EqualTo("ENABLED"));
            Assert.That(geolocation.LocationServices.Status, Is.EqualTo("RUNNING"));
            Assert.That(request.Context.System.Device!.Supports("Geolocation"), Is.True);
            Assert.That(user.AccessToken, Is.EqualTo("Atza|geo-linked-account-token"));
            Assert.That(user.Permissions!.ConsentToken, Does.EndWith("geo-consent-token"));
            Assert.That(user.Permissions.Scopes!["alexa::devices:all:geolocation:read"].Status, Is.EqualTo("GRANTED"));
        });
    }

    [Test]
    public void RequestWithoutType_IsRejectedAsMalformedJson()
    {
        const string json = """{"version":"1.0","request":{"requestId":"r1"}}""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, SkillJsonContext.Default.SkillRequest));
    }

    [Test]
    public void KnownRequest_SerialisesBackWithItsType()
    {
        var request = ReadFixture("session-ended-with-error.json");

        var json = JsonSerializer.Serialize(request, SkillJsonContext.Default.SkillRequest);
        var again = JsonSerializer.Deserialize(json, SkillJsonContext.Default.SkillRequest)!;

        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"type\":\"SessionEndedRequest\""));
            Assert.That(((SessionEndedRequest)again.Request!).Error!.Type, Is.EqualTo("INVALID_RESPONSE"));
        });
    }
}
