using System.Net;
using NSubstitute;
using SkillRelease.Configuration;
using SkillRelease.Lwa;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Support;

namespace SkillRelease.Tests.Smapi;

/// <summary>What every SMAPI call shares, on a scripted transport: lists followed page by page, answers that must be objects, the Location and Accept-Language.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class SmapiConnectionScriptedTests
{
    private const string Skill = "amzn1.ask.skill.1";

    private readonly ScriptedTransport _transport = new();

    [Test]
    public async Task List_FollowsNextTokenWhileTruncated_AndKeepsEveryItem()
    {
        _transport.Answer(HttpStatusCode.OK, """{"items":[{"id":"c3","skillSubmissionTimestamp":"2026-11-29T10:00:00Z"}],"isTruncated":true,"nextToken":"t 2"}""")
            .Answer(HttpStatusCode.OK, """{"isTruncated":true,"nextToken":"t3"}""")
            .Answer(HttpStatusCode.OK, """{"items":[{"id":"c1","skillSubmissionTimestamp":"2026-11-27T10:00:00Z"},{"id":"c2","skillSubmissionTimestamp":"2026-11-28T10:00:00Z"}],"isTruncated":false,"nextToken":"ignored"}""");

        var certifications = await Client().Certifications.ListAsync(Skill, CancellationToken.None);

        Assert.That(certifications.Select(c => c.Id), Is.EqualTo(new[] { "c3", "c2", "c1" }));
        Assert.That(_transport.Sent.Select(s => s.PathAndQuery), Is.EqualTo(new[]
        {
            "/v1/skills/amzn1.ask.skill.1/certifications?maxResults=50",
            "/v1/skills/amzn1.ask.skill.1/certifications?maxResults=50&nextToken=t%202",
            "/v1/skills/amzn1.ask.skill.1/certifications?maxResults=50&nextToken=t3",
        }));
    }

    [Test]
    public void List_OfASkillSmapiDoesNotKnow_IsAnError()
    {
        _transport.Answer(HttpStatusCode.NotFound, """{"message":"Skill not found."}""");

        Assert.That(Assert.ThrowsAsync<SmapiException>(() => Client().Certifications.ListAsync(Skill, CancellationToken.None))!.IsNotFound, Is.True);
    }

    [Test]
    public async Task Review_IsAskedForInEnglish_AndIsNullWhenThereIsNone()
    {
        _transport.Answer(HttpStatusCode.NotFound, """{"message":"Not found."}""");

        var review = await Client().Certifications.GetReviewAsync(Skill, "mostRecent", CancellationToken.None);

        Assert.That(review, Is.Null);
        Assert.That(_transport.Sent.Single().Headers["Accept-Language"], Is.EqualTo("en-US"));
        Assert.That(_transport.Sent.Single().Headers["Authorization"], Is.EqualTo("Bearer Atza|access"));
    }

    [TestCase("[]")]
    [TestCase("")]
    public void AnAnswerThatMustBeAnObject_AndIsNot_IsAnError(string body)
    {
        _transport.Answer(HttpStatusCode.OK, body);

        var error = Assert.ThrowsAsync<SmapiException>(() => Client().Certifications.GetReviewAsync(Skill, "mostRecent", CancellationToken.None));

        Assert.That((error!.StatusCode, error.ServiceMessage), Is.EqualTo((HttpStatusCode.OK, "The answer has no JSON object body.")));
    }

    [Test]
    public async Task Submit_TakesTheCertificationIdFromTheLocation_AndIsAskedInNoLanguage()
    {
        _transport.Answer(HttpStatusCode.Accepted, null, ("Location", "/v1/skills/amzn1.ask.skill.1/certifications/cert-9"));

        var id = await Client().Certifications.SubmitAsync(Skill, new SubmitSkillForCertificationRequest { VersionMessage = "v1.4.0" }, CancellationToken.None);

        Assert.That(id, Is.EqualTo("cert-9"));
        Assert.That(_transport.Sent.Single().Headers.ContainsKey("Accept-Language"), Is.False);
    }

    private SmapiClient Client()
    {
        var tokens = Substitute.For<ILwaTokenProvider>();
        tokens.GetAccessTokenAsync(default).ReturnsForAnyArgs(new Secret("Atza|access"));
        return new SmapiClient(new SmapiClientOptions { BaseAddress = new Uri("http://127.0.0.1:9/"), Tokens = tokens, Transport = _transport });
    }
}
