using System.Net;
using System.Text.Json.Nodes;
using SkillRelease.Simulator;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Support;
using static SkillRelease.Tests.Smapi.SkillPackageDocuments;

namespace SkillRelease.Tests.Smapi;

public sealed class CertificationTests : SmapiTestFixture
{
    [Test]
    public async Task Submit_ReturnsTheCertificationIdFromLocation_AndLocksTheDevelopmentStage()
    {
        var id = await Smapi.Certifications.SubmitAsync(SkillId, new SubmitSkillForCertificationRequest { VersionMessage = "v1.2.3" }, CancellationToken.None);
        var envelope = await DevelopmentManifestAsync(Harness);

        var manifestError = Assert.ThrowsAsync<SmapiException>(() => Smapi.Manifest.UpdateAsync(SkillId, envelope, null, CancellationToken.None));
        var modelError = Assert.ThrowsAsync<SmapiException>(() => Smapi.InteractionModel.SetAsync(SkillId, "en-US", Model(), null, CancellationToken.None));

        Assert.That(id, Is.EqualTo(Harness.Simulator.Smapi.Inspect(s => s.InCertification!.Id)));
        Assert.That(manifestError!.IsLocked, Is.True);
        Assert.That(manifestError.Violations, Has.Some.Contain("OPERATION_NOT_ALLOWED").And.Some.Contain("in certification"));
        Assert.That(modelError!.IsLocked, Is.True);
        var summaries = await Smapi.Skills.ListAsync(Harness.Simulator.Options.VendorId, SkillId, CancellationToken.None);
        Assert.That(summaries.Single().PublicationStatus, Is.EqualTo("CERTIFICATION"));
    }

    [Test]
    public async Task Submit_WhileInCertification_IsRefusedAndNotRetried()
    {
        await Smapi.Certifications.SubmitAsync(SkillId, new SubmitSkillForCertificationRequest(), CancellationToken.None);

        var error = Assert.ThrowsAsync<SmapiException>(() => Smapi.Certifications.SubmitAsync(SkillId, new SubmitSkillForCertificationRequest(), CancellationToken.None));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(Harness.Simulator.Smapi.Inspect(s => s.Submissions), Is.EqualTo(1));
    }

    [Test]
    public async Task Submit_WithAutoPublishing_WhenItPasses_GoesLiveWithTheSubmittedSnapshot()
    {
        var id = await Smapi.Certifications.SubmitAsync(SkillId, new SubmitSkillForCertificationRequest(), CancellationToken.None);
        Harness.Simulator.Smapi.CompleteCertification(CertificationOutcome.Pass);

        var review = await Smapi.Certifications.GetReviewAsync(SkillId, id, CancellationToken.None);
        var live = await Smapi.Manifest.GetAsync(SkillId, Stages.Live, CancellationToken.None);
        var summaries = await Smapi.Skills.ListAsync(Harness.Simulator.Options.VendorId, SkillId, CancellationToken.None);

        Assert.That(review!.Status, Is.EqualTo(UpdateStatuses.Succeeded));
        Assert.That(review.ActualCompletionTimestamp, Is.Not.Null);
        Assert.That(live!.Envelope["manifest"]!["apis"]!["custom"]!["endpoint"]!["uri"]!.GetValue<string>(), Does.EndWith("function:boston-info"));
        Assert.That(summaries.Select(s => (s.Stage, s.PublicationStatus)), Is.EquivalentTo(new[] { (Stages.Development, "DEVELOPMENT"), (Stages.Live, "PUBLISHED") }));
        Assert.That(summaries.Single(s => s.Stage == Stages.Live).LastUpdated, Is.Not.Null);
    }

    [Test]
    public async Task Submit_WithManualPublishing_WhenItPasses_WaitsInCertifiedUntilPublished()
    {
        await Smapi.Certifications.SubmitAsync(SkillId, new SubmitSkillForCertificationRequest { PublicationMethod = PublicationMethods.Manual }, CancellationToken.None);
        Harness.Simulator.Smapi.CompleteCertification(CertificationOutcome.Pass);
        var certified = await Smapi.Manifest.GetAsync(SkillId, Stages.Certified, CancellationToken.None);
        var liveBefore = await Smapi.Manifest.GetAsync(SkillId, Stages.Live, CancellationToken.None);

        var publication = await Smapi.Publications.PublishAsync(SkillId, CancellationToken.None);
        await Task.Delay(SmapiHarness.UpdateDuration * 2);
        var latest = await Smapi.Publications.GetLatestAsync(SkillId, CancellationToken.None);
        var liveAfter = await Smapi.Manifest.GetAsync(SkillId, Stages.Live, CancellationToken.None);

        Assert.That(certified, Is.Not.Null);
        Assert.That(liveBefore, Is.Null);
        Assert.That(publication.Status, Is.EqualTo(UpdateStatuses.InProgress));
        Assert.That(latest!.Status, Is.EqualTo(UpdateStatuses.Succeeded));
        Assert.That(liveAfter, Is.Not.Null);
    }

    [Test]
    public async Task Review_OfAFailedCertification_CarriesTheReviewersFeedback_AndUnlocksDevelopment()
    {
        await Smapi.Certifications.SubmitAsync(SkillId, new SubmitSkillForCertificationRequest(), CancellationToken.None);
        Harness.Simulator.Smapi.CompleteCertification(CertificationOutcome.Fail, "The skill crashed on 'when is trash day'.");

        var review = await Smapi.Certifications.GetReviewAsync(SkillId, "mostRecent", CancellationToken.None);
        var envelope = await DevelopmentManifestAsync(Harness);
        await Smapi.Manifest.UpdateAsync(SkillId, envelope, null, CancellationToken.None);

        Assert.That(review!.Status, Is.EqualTo(UpdateStatuses.Failed));
        Assert.That(review.ReviewFeedback, Is.EqualTo("The skill crashed on 'when is trash day'."));
        Assert.That(await Smapi.Manifest.GetAsync(SkillId, Stages.Live, CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task List_AfterAWithdrawAndASecondSubmit_IsNewestFirst()
    {
        var first = await Smapi.Certifications.SubmitAsync(SkillId, new SubmitSkillForCertificationRequest(), CancellationToken.None);
        await Smapi.Certifications.WithdrawAsync(SkillId, new WithdrawRequest("OTHER", "pipeline abort"), CancellationToken.None);
        var second = await Smapi.Certifications.SubmitAsync(SkillId, new SubmitSkillForCertificationRequest(), CancellationToken.None);

        var list = await Smapi.Certifications.ListAsync(SkillId, CancellationToken.None);

        Assert.That(list.Select(c => (c.Id, c.Status)), Is.EqualTo(new[] { (second, UpdateStatuses.InProgress), (first, UpdateStatuses.Cancelled) }));
    }

    [Test]
    public async Task Review_OfAnUnknownCertification_IsNull()
    {
        Assert.That(await Smapi.Certifications.GetReviewAsync(SkillId, "cert-unknown", CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task Submit_WhenAManifestLocaleHasNoModel_IsRefusedWithViolations()
    {
        var envelope = await DevelopmentManifestAsync(Harness);
        envelope["manifest"]!["publishingInformation"]!["locales"]!["en-GB"] = new JsonObject { ["name"] = "Boston Info" };
        await Smapi.Manifest.UpdateAsync(SkillId, envelope, null, CancellationToken.None);

        var error = Assert.ThrowsAsync<SmapiException>(() => Smapi.Certifications.SubmitAsync(SkillId, new SubmitSkillForCertificationRequest(), CancellationToken.None));

        Assert.That(error!.Violations, Has.Some.Contain("en-GB"));
        Assert.That(Harness.Simulator.Smapi.Inspect(s => s.Submissions), Is.Zero);
    }
}
