using System.Net;
using System.Text.Json.Nodes;
using NSubstitute;
using SkillRelease.Configuration;
using SkillRelease.Http;
using SkillRelease.Lwa;
using SkillRelease.Smapi;
using SkillRelease.Tests.Support;

namespace SkillRelease.Tests.Smapi;

/// <summary>
/// The development stage's documents are read with their ETag and written back under it (If-Match, exactly as
/// received), and SMAPI's refusals come back typed, with its words (smapi-contract.md).
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class SmapiClientGuardTests
{
    private const string Skill = "amzn1.ask.skill.1";

    private static readonly JsonObject Manifest = new() { ["manifest"] = new JsonObject { ["publishingInformation"] = new JsonObject { ["category"] = "LOCAL" } } };

    private readonly ScriptedTransport _transport = new();

    [Test]
    public async Task ManifestGet_ReturnsTheEnvelopeAndItsETag()
    {
        _transport.Answer(HttpStatusCode.OK, Manifest.ToJsonString(), ("ETag", "\"etag-1\""));

        var document = await Client().Manifest.GetAsync(Skill, "development", CancellationToken.None);

        Assert.That((document!.Envelope.ToJsonString(), document.ETag), Is.EqualTo((Manifest.ToJsonString(), "\"etag-1\"")));
        Assert.That((_transport.Sent.Single().Method, _transport.Sent.Single().PathAndQuery), Is.EqualTo(("GET", "/v1/skills/amzn1.ask.skill.1/stages/development/manifest")));
    }

    [Test]
    public async Task ModelGet_OfAStageWithoutOne_IsNull_AndAnAnswerWithoutAnETagHasNone()
    {
        _transport.Answer(HttpStatusCode.NotFound, """{"message":"Resource not found."}""").Answer(HttpStatusCode.OK, """{"interactionModel":{}}""");

        var missing = await Client().InteractionModel.GetAsync(Skill, "live", "en-US", CancellationToken.None);
        var unversioned = await Client().InteractionModel.GetAsync(Skill, "development", "en-US", CancellationToken.None);

        Assert.That((missing, unversioned!.ETag), Is.EqualTo(((object?)null, (string?)null)));
        Assert.That(_transport.Sent[0].PathAndQuery, Is.EqualTo("/v1/skills/amzn1.ask.skill.1/stages/live/interactionModel/locales/en-US"));
    }

    [Test]
    public async Task ManifestUpdate_SendsTheEnvelopeToTheDevelopmentStageUnderTheETagExactlyAsReceived()
    {
        _transport.Answer(HttpStatusCode.Accepted);

        await Client().Manifest.UpdateAsync(Skill, Manifest, "W/\"etag-1\"", CancellationToken.None);

        var sent = _transport.Sent.Single();
        Assert.That((sent.Method, sent.PathAndQuery, sent.Headers["If-Match"]), Is.EqualTo(("PUT", "/v1/skills/amzn1.ask.skill.1/stages/development/manifest", "W/\"etag-1\"")));
        Assert.That(JsonNode.Parse(sent.Body!)!.ToJsonString(), Is.EqualTo(Manifest.ToJsonString()));
    }

    [Test]
    public async Task ModelSet_SendsTheEnvelopeUnderTheETag_AndWithoutOneSendsNoIfMatch()
    {
        _transport.Answer(HttpStatusCode.Accepted).Answer(HttpStatusCode.Accepted);
        var model = new JsonObject { ["interactionModel"] = new JsonObject { ["languageModel"] = new JsonObject { ["invocationName"] = "boston info" } } };

        await Client().InteractionModel.SetAsync(Skill, "en-US", model, "etag-2", CancellationToken.None);
        await Client().InteractionModel.SetAsync(Skill, "en-US", model, null, CancellationToken.None);

        Assert.That(_transport.Sent.Select(s => (s.Method, s.PathAndQuery, s.Headers.GetValueOrDefault("If-Match"))), Is.EqualTo(new[]
        {
            ("PUT", "/v1/skills/amzn1.ask.skill.1/stages/development/interactionModel/locales/en-US", (string?)"etag-2"),
            ("PUT", "/v1/skills/amzn1.ask.skill.1/stages/development/interactionModel/locales/en-US", null),
        }));
        Assert.That(JsonNode.Parse(_transport.Sent[0].Body!)!.ToJsonString(), Is.EqualTo(model.ToJsonString()));
    }

    [TestCase(HttpStatusCode.PreconditionFailed, true, false)]
    [TestCase(HttpStatusCode.Conflict, false, true)]
    public void AGuardRefusal_IsATypedErrorWithSmapisWords_SentOnce(HttpStatusCode status, bool stale, bool conflict)
    {
        _transport.Answer(status, """{"code":"PRECONDITION_NOT_MET","message":"The ETag does not match."}""", ("X-Amzn-RequestId", "req-5"));

        var error = Assert.ThrowsAsync<SmapiException>(() => Client().Manifest.UpdateAsync(Skill, Manifest, "etag-old", CancellationToken.None));

        Assert.That((error!.StatusCode, error.Code, error.ServiceMessage, error.RequestId), Is.EqualTo((status, "PRECONDITION_NOT_MET", "The ETag does not match.", "req-5")));
        Assert.That((error.IsPreconditionFailed, error.IsConflict, error.IsLocked, error.IsNotFound), Is.EqualTo((stale, conflict, conflict, false)));
        Assert.That(error.Message, Is.EqualTo($"SMAPI UpdateSkillManifest failed ({(int)status} PRECONDITION_NOT_MET): The ETag does not match."));
        Assert.That(_transport.Sent, Has.Count.EqualTo(1));
    }

    [Test]
    public void ARefusalOfALockedSkill_IsLocked()
    {
        _transport.Answer(HttpStatusCode.Forbidden, """{"message":"The skill is in certification."}""");

        var error = Assert.ThrowsAsync<SmapiException>(() => Client().InteractionModel.SetAsync(Skill, "en-US", Manifest, null, CancellationToken.None));

        Assert.That((error!.IsLocked, error.IsConflict, error.Code), Is.EqualTo((true, false, (string?)null)));
        Assert.That(error.Message, Is.EqualTo("SMAPI SetInteractionModel failed (403): The skill is in certification."));
    }

    [Test]
    public void AWriteRefusedAsNotFound_IsAnError_NotANull()
    {
        _transport.Answer(HttpStatusCode.NotFound, """{"message":"Skill not found."}""");

        var error = Assert.ThrowsAsync<SmapiException>(() => Client().Manifest.UpdateAsync(Skill, Manifest, null, CancellationToken.None));

        Assert.That(error!.IsNotFound, Is.True);
    }

    [Test]
    public void ABadRequest_ListsEveryViolationAndTheValidationDetails()
    {
        _transport.Answer(HttpStatusCode.BadRequest,
            """{"message":"Request is invalid.","violations":[{"code":"INVALID_ENDPOINT","message":"The endpoint has no trigger."},{"message":"Icon missing."},{"code":7}],"validationDetails":{"field":"manifest.apis"}}""");

        var error = Assert.ThrowsAsync<SmapiException>(() => Client().Manifest.UpdateAsync(Skill, Manifest, null, CancellationToken.None));

        Assert.That(error!.Violations, Is.EqualTo(new[] { "INVALID_ENDPOINT: The endpoint has no trigger.", "Icon missing.", "", "validationDetails {\"field\":\"manifest.apis\"}" }));
        Assert.That(error.Message, Does.EndWith("Request is invalid. Violations: INVALID_ENDPOINT: The endpoint has no trigger.; Icon missing.; ; validationDetails {\"field\":\"manifest.apis\"}"));
    }

    [TestCase("<html>Bad Request</html>", "<html>Bad Request</html>")]
    [TestCase("  ", "BadRequest")]
    [TestCase("""{"message":42}""", """{"message":42}""")]
    [TestCase("[1]", "[1]")]
    public void AnErrorBodyThatIsNotSmapisShape_BecomesTheMessage(string body, string message)
    {
        _transport.Answer(HttpStatusCode.BadRequest, body);

        var error = Assert.ThrowsAsync<SmapiException>(() => Client().Manifest.UpdateAsync(Skill, Manifest, null, CancellationToken.None));

        Assert.That((error!.ServiceMessage, error.Code, error.Violations.Count), Is.EqualTo((message, (string?)null, 0)));
    }

    private SmapiClient Client()
    {
        var tokens = Substitute.For<ILwaTokenProvider>();
        tokens.GetAccessTokenAsync(default).ReturnsForAnyArgs(new Secret("Atza|access"));
        return new SmapiClient(new SmapiClientOptions
        {
            BaseAddress = new Uri("http://127.0.0.1:9/"),
            Tokens = tokens,
            Transport = _transport,
            RetryPolicy = new RetryPolicy { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero },
        });
    }
}
