using System.Text.Json.Nodes;
using BostonInfo.Skill.Handlers;
using BostonInfo.Skill.Location;
using BostonInfo.Skill.Logging;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Handlers;

public sealed class TrashDayHandlerTests
{
    private const string Intent = "TrashDayIntent";

    [Test]
    public async Task AddressSlot_InBoston_SaysThePickupDayAndRemembersTheAddress()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "1000 Dorchester Avenue"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo("Trash and recycling at 1000 Dorchester Ave are picked up on Friday."));
            Assert.That(response.ShouldEndSession(), Is.True);
            Assert.That(response.CardTitle(), Is.EqualTo("Trash Day"));
            Assert.That(response.Reprompt(), Is.Null);
            Assert.That(response.Attribute(SessionKeys.CurrentAddress)?.GetString(), Is.EqualTo("1000 Dorchester Avenue"));
        });
    }

    [Test]
    public async Task NoSlot_DeviceAddressShared_UsesTheDeviceAddressAndReadsTwoDays()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithApiAccessToken(FixtureSkill.BostonDeviceToken));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo("Trash and recycling at 1 City Hall Sq are picked up on Monday and Thursday."));
            Assert.That(skill.CallsTo("alexa").Single().AbsolutePath, Is.EqualTo("/alexa/v1/devices/amzn1.ask.device.TESTDEVICE/settings/address"));
        });
    }

    [Test]
    public async Task SessionAddress_IsUsedWithoutAskingTheDevice()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSessionAttribute(SessionKeys.CurrentAddress, "1000 Dorchester Ave"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Does.EndWith("picked up on Friday."));
            Assert.That(skill.CallsTo("alexa"), Is.Empty);
        });
    }

    [Test]
    public async Task NoSlot_NoAddressPermission_SendsAConsentCardAndAsksForTheAddress()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithApiAccessToken("token-without-consent"));

        Assert.Multiple(() =>
        {
            Assert.That(response.CardType(), Is.EqualTo("AskForPermissionsConsent"));
            Assert.That(response.CardPermissions(), Is.EqualTo(new[] { PermissionScopes.FullAddress }));
            Assert.That(response.Speech(), Is.EqualTo(LocationReplies.NeedsPermissionSpeech));
            Assert.That(response.Directive(), Is.EqualTo("Dialog.ElicitSlot:Address"));
            Assert.That(response.ShouldEndSession(), Is.False);
            Assert.That(response.Reprompt(), Is.EqualTo(LocationReplies.AddressRepromptSpeech));
        });
    }

    [Test]
    public async Task NoSlot_DeviceHasNoAddress_ElicitsTheAddressSlot()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithApiAccessToken(FixtureSkill.NoAddressDeviceToken));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(LocationReplies.NeedsAddressSpeech));
            Assert.That(response.Directive(), Is.EqualTo("Dialog.ElicitSlot:Address"));
            Assert.That(response.CardType(), Is.EqualTo("Simple"));
        });
    }

    [Test]
    public async Task AddressOutsideBoston_SaysSoAndEnds()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "1 Broadway Cambridge"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(LocationReplies.OutsideBostonSpeech("1 Broadway Cambridge")));
            Assert.That(response.ShouldEndSession(), Is.True);
            Assert.That(response.Attribute(SessionKeys.CurrentAddress), Is.Null);
            Assert.That(skill.CallsTo("recollect"), Is.Empty);
        });
    }

    [Test]
    public async Task AddressInSeveralNeighborhoods_AsksWhichOne()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "100 Washington Street"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(LocationReplies.AmbiguousSpeech("100 Washington Street",
                ["Dorchester 02121", "Roxbury 02119", "Brighton 02135"])));
            Assert.That(response.Directive(), Is.EqualTo("Dialog.ElicitSlot:Address"));
            Assert.That(response.ShouldEndSession(), Is.False);
        });
    }

    [Test]
    public async Task SeveralPlacesInTheSchedule_AsksForTheNeighborhood_ThenAnswersForIt()
    {
        var skill = new FixtureSkill();

        using var question = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "12 Centre Street"));
        var remembered = question.Attribute(SessionKeys.CurrentAddress)?.GetString();
        using var answer = await skill.AskAsync(FixtureSkill.Intent(Intent)
            .WithSessionAttribute(SessionKeys.CurrentAddress, remembered!)
            .WithSlot("Neighborhood", "Jamaica Plain"));

        Assert.Multiple(() =>
        {
            Assert.That(question.Speech(), Is.EqualTo(TrashDayHandler.WhichNeighborhoodSpeech("12 Centre St", ["12 Centre St, Roxbury", "12 Centre St, Jamaica Plain"])));
            Assert.That(question.Directive(), Is.EqualTo("Dialog.ElicitSlot:Neighborhood"));
            Assert.That(answer.Speech(), Is.EqualTo("Trash and recycling at 12 Centre St are picked up on Tuesday."));
        });
    }

    [Test]
    public async Task UnknownAddress_AsksAgainOnce_ThenGivesUp()
    {
        var skill = new FixtureSkill();

        using var first = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "5 Nowhere Lane"));
        using var second = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "5 Nowhere Lane")
            .WithSessionAttribute(SessionKeys.AddressAttempts, JsonValue.Create(first.Attribute(SessionKeys.AddressAttempts)!.Value.GetInt32())));

        Assert.Multiple(() =>
        {
            Assert.That(first.Speech(), Is.EqualTo(LocationReplies.NotFoundSpeech("5 Nowhere Lane")));
            Assert.That(first.Directive(), Is.EqualTo("Dialog.ElicitSlot:Address"));
            Assert.That(second.Speech(), Is.EqualTo(LocationReplies.GiveUpSpeech));
            Assert.That(second.ShouldEndSession(), Is.True);
        });
    }

    [Test]
    public async Task StreetWithoutHouseNumber_AsksForTheNumber()
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "Dorchester Avenue"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(TrashDayHandler.HouseNumberSpeech("Dorchester Ave")));
            Assert.That(response.Directive(), Is.EqualTo("Dialog.ElicitSlot:Address"));
            Assert.That(skill.CallsTo("recollect"), Is.Empty);
        });
    }

    [Test]
    public async Task UpstreamDown_ApologisesForTheFeatureAndLogsTheServiceWithoutTheAddress()
    {
        var skill = new FixtureSkill(upstreamsDown: true);

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "1000 Dorchester Avenue"));

        var failure = skill.Log.Entries.Single(entry => entry.Event == LogEvents.UpstreamFailed);
        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(new TrashDayHandler(TestServices.Create()).UnavailableSpeech));
            Assert.That(response.ShouldEndSession(), Is.True);
            Assert.That(failure.Error, Is.EqualTo("ArcGIS geocoder: answered HTTP 503"));
            Assert.That(skill.Log.Text, Does.Not.Contain("Dorchester"));
        });
    }
}
