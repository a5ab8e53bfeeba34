using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Support;
using static SkillRelease.Tests.Smapi.SkillPackageDocuments;

namespace SkillRelease.Tests.Smapi;

public sealed class SmapiClientTests : SmapiTestFixture
{
    [Test]
    public async Task Manifest_Get_ReturnsTheDevelopmentEnvelopeWithItsETag()
    {
        var manifest = await Smapi.Manifest.GetAsync(SkillId, Stages.Development, CancellationToken.None);

        Assert.That(manifest!.ETag, Is.Not.Empty);
        Assert.That(manifest.Envelope["manifest"]!["publishingInformation"]!["locales"]!["en-US"]!["name"]!.GetValue<string>(), Is.EqualTo("Boston Info"));
        Assert.That(manifest.Envelope["manifest"]!["apis"]!["custom"]!["endpoint"]!["uri"]!.GetValue<string>(), Is.EqualTo("arn:aws:lambda:us-east-1:123456789012:function:boston-info"));
    }

    [Test]
    public async Task Manifest_GetLive_OfASkillNeverPublished_IsNull()
    {
        Assert.That(await Smapi.Manifest.GetAsync(SkillId, Stages.Live, CancellationToken.None), Is.Null);
        Assert.That(await Smapi.Manifest.GetAsync(SkillId, Stages.Certified, CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task Manifest_UpdateWithTheCurrentETag_SettlesWithANewETag()
    {
        var before = await Smapi.Manifest.GetAsync(SkillId, Stages.Development, CancellationToken.None);
        before!.Envelope["manifest"]!["publishingInformation"]!["locales"]!["en-US"]!["summary"] = "Changed.";

        await Smapi.Manifest.UpdateAsync(SkillId, before.Envelope, before.ETag, CancellationToken.None);
        var status = await Smapi.Status.WaitUntilSettledAsync(SkillId, CancellationToken.None);
        var after = await Smapi.Manifest.GetAsync(SkillId, Stages.Development, CancellationToken.None);

        Assert.That(status.Manifest!.LastUpdateRequest!.Status, Is.EqualTo(UpdateStatuses.Succeeded));
        Assert.That(after!.ETag, Is.Not.EqualTo(before.ETag).And.EqualTo(status.Manifest.ETag));
        Assert.That(after.Envelope["manifest"]!["publishingInformation"]!["locales"]!["en-US"]!["summary"]!.GetValue<string>(), Is.EqualTo("Changed."));
    }

    [Test]
    public async Task Manifest_UpdateWithAStaleETag_FailsWithPreconditionFailedAndIsNotRetried()
    {
        var read = await Smapi.Manifest.GetAsync(SkillId, Stages.Development, CancellationToken.None);
        await Smapi.Manifest.UpdateAsync(SkillId, read!.Envelope, read.ETag, CancellationToken.None);

        var error = Assert.ThrowsAsync<SmapiException>(() => Smapi.Manifest.UpdateAsync(SkillId, read.Envelope, read.ETag, CancellationToken.None));

        Assert.That(error!.IsPreconditionFailed, Is.True);
        Assert.That(error.RequestId, Is.Not.Empty);
        Assert.That(error.Message, Does.Contain("UpdateSkillManifest").And.Contain("412"));
        Assert.That(Harness.Simulator.Faults.Calls("smapi:UpdateSkillManifest"), Is.EqualTo(2));
    }

    [Test]
    public async Task Manifest_UpdateToAFunctionThatDoesNotExist_FailsWithTheViolationInTheMessage()
    {
        var envelope = (await DevelopmentManifestAsync(Harness)).WithEndpoint("arn:aws:lambda:us-east-1:123456789012:function:nobody");

        var error = Assert.ThrowsAsync<SmapiException>(() => Smapi.Manifest.UpdateAsync(SkillId, envelope, null, CancellationToken.None));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error.Violations, Has.Some.Contain("apis.custom.endpoint.uri"));
        Assert.That(error.Message, Does.Contain("function:nobody"));
    }

    [Test]
    public async Task Manifest_WithARegionalEndpointThatCannotBeInvoked_IsRejectedNamingTheRegion()
    {
        var envelope = await DevelopmentManifestAsync(Harness);
        envelope["manifest"]!["apis"]!["custom"]!["regions"] = new JsonObject
        {
            ["EU"] = new JsonObject { ["endpoint"] = new JsonObject { ["uri"] = "arn:aws:lambda:eu-west-1:123456789012:function:boston-info" } },
        };

        var error = Assert.ThrowsAsync<SmapiException>(() => Smapi.Manifest.UpdateAsync(SkillId, envelope, null, CancellationToken.None));

        Assert.That(error!.Violations, Has.One.Contain("apis.custom.regions.EU.endpoint.uri"));
    }

    [Test]
    public async Task Manifest_UpdateOfTheLiveStage_IsRefused()
    {
        var envelope = await DevelopmentManifestAsync(Harness);
        using var http = new HttpClient { BaseAddress = Harness.Simulator.Address };
        http.DefaultRequestHeaders.Authorization = new("Bearer", (await Harness.Tokens.GetAccessTokenAsync(CancellationToken.None)).Reveal());

        using var response = await http.PutAsync($"/v1/skills/{SkillId}/stages/live/manifest", new StringContent(envelope.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task InteractionModel_WithoutInvocationNameOrIntents_FailsAtOnceWithViolations()
    {
        var error = Assert.ThrowsAsync<SmapiException>(() => Smapi.InteractionModel.SetAsync(SkillId, "en-US", Model(invocationName: "", intents: []), null, CancellationToken.None));
        var emptyIntents = Model();
        emptyIntents["interactionModel"]!["languageModel"]!["intents"] = new JsonArray();
        var noIntents = Assert.ThrowsAsync<SmapiException>(() => Smapi.InteractionModel.SetAsync(SkillId, "en-US", emptyIntents, null, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("invocationName"));
        Assert.That(noIntents!.Violations, Has.Some.Contain("intents"));
    }

    [Test]
    public void InteractionModel_ForALocaleNotInTheManifest_IsRejected()
    {
        var error = Assert.ThrowsAsync<SmapiException>(() => Smapi.InteractionModel.SetAsync(SkillId, "de-DE", Model(), null, CancellationToken.None));

        Assert.That(error!.Violations, Has.Some.Contain("de-DE"));
    }

    [Test]
    public async Task InteractionModel_Set_BuildsAndChangesTheETag()
    {
        var before = await Smapi.InteractionModel.GetAsync(SkillId, Stages.Development, "en-US", CancellationToken.None);

        await Smapi.InteractionModel.SetAsync(SkillId, "en-US", Model("boston city info"), before!.ETag, CancellationToken.None);
        var status = await Smapi.Status.WaitUntilSettledAsync(SkillId, CancellationToken.None);
        var after = await Smapi.InteractionModel.GetAsync(SkillId, Stages.Development, "en-US", CancellationToken.None);

        Assert.That(status.InteractionModel["en-US"].LastUpdateRequest!.Status, Is.EqualTo(UpdateStatuses.Succeeded));
        Assert.That(after!.ETag, Is.Not.EqualTo(before.ETag));
        Assert.That(after.Envelope["interactionModel"]!["languageModel"]!["invocationName"]!.GetValue<string>(), Is.EqualTo("boston city info"));
    }

    [Test]
    public async Task InteractionModel_WithAnUndefinedSlotType_BuildEndsFailedWithTheError()
    {
        var model = Model();
        model["interactionModel"]!["languageModel"]!["intents"]![1]!["slots"] = new JsonArray(new JsonObject { ["name"] = "street", ["type"] = "STREET_NAMES" });

        await Smapi.InteractionModel.SetAsync(SkillId, "en-US", model, null, CancellationToken.None);
        var status = await Smapi.Status.WaitUntilSettledAsync(SkillId, CancellationToken.None);

        var update = status.InteractionModel["en-US"].LastUpdateRequest!;
        Assert.That(update.Status, Is.EqualTo(UpdateStatuses.Failed));
        Assert.That(update.Errors.Single().Message, Does.Contain("STREET_NAMES"));
    }

    [Test]
    public async Task Validation_OfTheSeededSkill_Succeeds()
    {
        var id = await Smapi.Validations.SubmitAsync(SkillId, Stages.Development, ["en-US"], CancellationToken.None);
        var validation = await Smapi.Validations.WaitAsync(SkillId, Stages.Development, id, CancellationToken.None);
        var mostRecent = await Smapi.Validations.GetAsync(SkillId, Stages.Development, "mostRecent", CancellationToken.None);

        Assert.That(validation.Status, Is.EqualTo(UpdateStatuses.Successful));
        Assert.That(validation.BlockingFailures, Is.Empty);
        Assert.That(validation.Validations, Is.Not.Empty);
        Assert.That(mostRecent.Id, Is.EqualTo(id));
    }

    [Test]
    public async Task WaitUntilSettled_WhenAnUpdateOutlastsThePollTimeout_GivesUp()
    {
        var slow = SmapiHarness.FastOptions() with { SmapiUpdateDuration = TimeSpan.FromHours(1) };
        await RestartAsync(await SmapiHarness.StartAsync(slow, smapi: o => o with { PollTimeout = TimeSpan.FromMilliseconds(200) }));
        await Smapi.InteractionModel.SetAsync(SkillId, "en-US", Model(), null, CancellationToken.None);

        var error = Assert.ThrowsAsync<TimeoutException>(() => Smapi.Status.WaitUntilSettledAsync(SkillId, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("IN_PROGRESS"));
        Assert.That(Harness.Simulator.Faults.Calls("smapi:GetSkillStatus"), Is.GreaterThan(1).And.LessThan(20));
    }

    [Test]
    public async Task Skills_OfTheSeededSkill_ListOnlyTheDevelopmentStage()
    {
        var summaries = await Smapi.Skills.ListAsync(Harness.Simulator.Options.VendorId, SkillId, CancellationToken.None);

        Assert.That(summaries.Select(s => (s.Stage, s.PublicationStatus)), Is.EqualTo(new[] { (Stages.Development, "DEVELOPMENT") }));
    }
}
