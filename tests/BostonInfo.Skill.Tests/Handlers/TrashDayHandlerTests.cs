using System.Text.Json;
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
            Assert.That(response.Speech(), Is.EqualTo(LocationReplies.NeedsPermissionSpeech([PermissionScopes.FullAddress])));
            Assert.That(response.Speech(), Does.Contain("share your device's address with Boston Info"));
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
            Assert.That(skill.CallsTo("recollect").Where(uri => uri.AbsolutePath.EndsWith("/api/places", StringComparison.Ordinal)), Is.Empty);
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
    public async Task SeveralPlacesInTheSchedule_AsksWhichOne_ThenAnswersFromTheSessionWithOneCallInAnyContainer()
    {
        var skill = new FixtureSkill();

        // Lambda may send the answer to another container, which knows only what the session carries.
        var otherContainer = new FixtureSkill();

        using var question = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "12 Centre Street"));
        using var answer = await otherContainer.AskAsync(WithSessionOf(question, FixtureSkill.Intent(Intent)).WithSlot("Neighborhood", "Jamaica Plain"));

        Assert.Multiple(() =>
        {
            Assert.That(question.Speech(), Is.EqualTo(TrashDayHandler.WhichOneSpeech("12 Centre St", ["Roxbury", "Jamaica Plain"])));
            Assert.That(question.Directive(), Is.EqualTo("Dialog.ElicitSlot:Neighborhood"));
            Assert.That(question.Reprompt(), Is.EqualTo(TrashDayHandler.NeighborhoodRepromptSpeech));
            Assert.That(answer.Speech(), Is.EqualTo("Trash and recycling at 12 Centre St are picked up on Tuesday."));
            Assert.That(otherContainer.Http.Requests.Select(uri => uri.AbsolutePath), Is.EqualTo(new[] { "/recollect/api/places" }));
        });
    }

    [Test]
    public async Task WhichOne_AnsweredWithANeighborhoodOfNeither_AsksAgainInsteadOfTakingTheFirst()
    {
        var skill = new FixtureSkill();

        using var question = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "12 Centre Street"));
        using var again = await skill.AskAsync(WithSessionOf(question, FixtureSkill.Intent(Intent)).WithSlot("Neighborhood", "Dorchester"));

        Assert.Multiple(() =>
        {
            Assert.That(again.Speech(), Is.EqualTo(TrashDayHandler.WhichOneSpeech("12 Centre St", ["Roxbury", "Jamaica Plain"])));
            Assert.That(again.Directive(), Is.EqualTo("Dialog.ElicitSlot:Neighborhood"));
            Assert.That(skill.CallsTo("recollect").Where(uri => uri.AbsolutePath.EndsWith("/api/places", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [Test]
    public async Task WhichOne_TwiceUnsettled_GivesUp()
    {
        var skill = new FixtureSkill();

        using var question = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "12 Centre Street"));
        using var again = await skill.AskAsync(WithSessionOf(question, FixtureSkill.Intent(Intent)).WithSlot("Neighborhood", "Dorchester"));
        using var end = await skill.AskAsync(WithSessionOf(again, FixtureSkill.Intent(Intent)).WithSlot("Neighborhood", "Mattapan"));

        Assert.Multiple(() =>
        {
            Assert.That(again.ShouldEndSession(), Is.False);
            Assert.That(end.Speech(), Is.EqualTo(LocationReplies.GiveUpSpeech));
            Assert.That(end.ShouldEndSession(), Is.True);
        });
    }

    [Test]
    public async Task ReCollectsFirstMatch_IsAnotherBuilding_TheAddressSaidIsAnswered()
    {
        // A typeahead: another number on the street first, then the same number on another street, then the address.
        var suggestions = """
            [{"name": "100 Dorchester Ave, Boston, 02127", "place_id": "OTHER-1"},
             {"name": "1000 Dorchester St, South Boston, 02127", "place_id": "OTHER-2"},
             {"name": "1000 Dorchester Ave, Boston, 02125", "place_id": "B5A1C0D2-1000-11E8-9A1B-2B3C4D5E6F70"}]
            """;
        var skill = new FixtureSkill(replaceAnswer: uri => uri.AbsolutePath.EndsWith("/address-suggest", StringComparison.Ordinal) ? suggestions : null);

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "1000 Dorchester Avenue"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo("Trash and recycling at 1000 Dorchester Ave are picked up on Friday."));
            Assert.That(Uri.UnescapeDataString(skill.CallsTo("recollect")[^1].Query), Does.Contain("place_id=B5A1C0D2-1000-11E8-9A1B-2B3C4D5E6F70"));
        });
    }

    [Test]
    public async Task ReCollectKnowsOnlyOtherBuildings_SaysTheAddressIsNotInTheSchedule()
    {
        var skill = new FixtureSkill(replaceAnswer: uri => uri.AbsolutePath.EndsWith("/address-suggest", StringComparison.Ordinal)
            ? """[{"name": "1000 Dorchester St, South Boston, 02127", "place_id": "OTHER-2"}]"""
            : null);

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "1000 Dorchester Avenue"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(TrashDayHandler.NotInScheduleSpeech("1000 Dorchester Ave")));
            Assert.That(response.Directive(), Is.EqualTo("Dialog.ElicitSlot:Address"));
        });
    }

    [Test]
    public async Task SearchAndGeocoder_StartTogether_AndARepeatQuestionCostsOneCall()
    {
        var skill = new FixtureSkill();

        using var first = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "1000 Dorchester Avenue"));
        var firstCalls = skill.Http.Requests.Select(uri => uri.AbsolutePath).ToList();
        using var repeat = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", "1000 Dorchester Avenue"));

        Assert.Multiple(() =>
        {
            // The search for the address as said went out before the geocoder had answered, and was the one used.
            Assert.That(firstCalls, Is.EquivalentTo(new[]
            {
                "/geocoder/findAddressCandidates", "/recollect/api/areas/Boston/services/310/address-suggest", "/recollect/api/places",
            }));
            Assert.That(firstCalls.IndexOf("/recollect/api/areas/Boston/services/310/address-suggest"), Is.LessThan(firstCalls.IndexOf("/recollect/api/places")));
            Assert.That(repeat.Speech(), Is.EqualTo(first.Speech()));
            Assert.That(skill.Http.Requests.Skip(firstCalls.Count).Select(uri => uri.AbsolutePath), Is.EqualTo(new[] { "/recollect/api/places" }));
        });
    }

    private static AlexaRequest WithSessionOf(JsonDocument response, AlexaRequest next)
    {
        if (response.RootElement.TryGetProperty("sessionAttributes", out var attributes))
        {
            foreach (var attribute in attributes.EnumerateObject())
            {
                next = next.WithSessionAttribute(attribute.Name, JsonNode.Parse(attribute.Value.GetRawText())!);
            }
        }

        return next;
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

    [TestCase("Dorchester Avenue")]
    [TestCase("02125")]
    public async Task AddressWithoutHouseNumber_AsksForTheWholeStreetAddress_WithoutCallingAnyService(string said)
    {
        var skill = new FixtureSkill();

        using var response = await skill.AskAsync(FixtureSkill.Intent(Intent).WithSlot("Address", said));

        Assert.Multiple(() =>
        {
            Assert.That(response.Speech(), Is.EqualTo(LocationReplies.HouseNumberSpeech(said)));
            Assert.That(response.Directive(), Is.EqualTo("Dialog.ElicitSlot:Address"));
            Assert.That(response.ShouldEndSession(), Is.False);
            Assert.That(skill.Http.Requests, Is.Empty);
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
