using System.Net;
using SkillRelease.Simulator;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Support;
using static SkillRelease.Tests.Smapi.SkillPackageDocuments;

namespace SkillRelease.Tests.Smapi;

/// <summary>The skill versions and rollbacks clients against the simulator (shapes: docs/simulated-smapi-lwa-github.md).</summary>
public sealed class RollbacksClientTests : SmapiTestFixture
{
    /// <summary>v1.0.0 goes live with the "boston info" model, then v1.1.0 with "boston guide".</summary>
    private async Task TwoReleasesLiveAsync()
    {
        await Smapi.Certifications.SubmitAsync(SkillId, new SubmitSkillForCertificationRequest { VersionMessage = "v1.0.0" }, CancellationToken.None);
        Harness.Simulator.Smapi.CompleteCertification(CertificationOutcome.Pass);
        await Smapi.InteractionModel.SetAsync(SkillId, "en-US", Model("boston guide"), null, CancellationToken.None);
        await Smapi.Status.WaitUntilSettledAsync(SkillId, CancellationToken.None);
        await Smapi.Certifications.SubmitAsync(SkillId, new SubmitSkillForCertificationRequest { VersionMessage = "v1.1.0" }, CancellationToken.None);
        Harness.Simulator.Smapi.CompleteCertification(CertificationOutcome.Pass);
    }

    private async Task<string?> LiveInvocationNameAsync() =>
        (await Smapi.InteractionModel.GetAsync(SkillId, Stages.Live, "en-US", CancellationToken.None))!.Envelope["interactionModel"]!["languageModel"]!["invocationName"]!.GetValue<string>();

    [Test]
    public async Task Versions_List_GivesOneVersionPerSubmissionWithItsMessageAndWhereItStands()
    {
        await TwoReleasesLiveAsync();
        await Smapi.Certifications.SubmitAsync(SkillId, new SubmitSkillForCertificationRequest { VersionMessage = "v1.2.0" }, CancellationToken.None);

        var versions = await Smapi.Versions.ListAsync(SkillId, CancellationToken.None);

        Assert.That(versions.Select(v => (v.Version, v.Message, v.Status)), Is.EqualTo(new[]
        {
            ("1", "v1.0.0", VersionSubmissionStatuses.Certified),
            ("2", "v1.1.0", VersionSubmissionStatuses.Live),
            ("3", "v1.2.0", VersionSubmissionStatuses.InReview),
        }));
        Assert.That(versions.Select(v => v.CreationTime), Is.All.Not.Null);
    }

    [Test]
    public async Task Versions_List_OfASkillNeverSubmitted_IsEmpty()
    {
        Assert.That(await Smapi.Versions.ListAsync(SkillId, CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task Rollback_ToTheVersionLiveBefore_SucceedsAndRestoresItsModelsOnTheLiveStage()
    {
        await TwoReleasesLiveAsync();
        Assert.That(await LiveInvocationNameAsync(), Is.EqualTo("boston guide"));

        var id = await Smapi.Rollbacks.CreateAsync(SkillId, new CreateRollbackRequest("1"), CancellationToken.None);
        var running = await Smapi.Rollbacks.GetAsync(SkillId, "~latest", CancellationToken.None);
        var done = await Smapi.Rollbacks.WaitUntilDoneAsync(SkillId, id, CancellationToken.None);

        Assert.That((running!.Id, running.TargetVersion), Is.EqualTo((id, "1")), "~latest names the rollback just requested");
        Assert.That((done.Status, done.TargetVersion, done.Errors), Is.EqualTo((RollbackStatuses.Succeeded, "1", Array.Empty<string>())));
        Assert.That(done.SubmissionTime, Is.Not.Null);
        Assert.That(await LiveInvocationNameAsync(), Is.EqualTo("boston info"));
        var versions = await Smapi.Versions.ListAsync(SkillId, CancellationToken.None);
        Assert.That(versions.Select(v => v.Status), Is.EqualTo(new[] { VersionSubmissionStatuses.Live, VersionSubmissionStatuses.Certified }));
    }

    [Test]
    public async Task Rollback_ToTheLiveVersion_IsAConflictInSmapisErrorShapeAndIsNotRetried()
    {
        await TwoReleasesLiveAsync();

        var error = Assert.ThrowsAsync<SmapiException>(() => Smapi.Rollbacks.CreateAsync(SkillId, new CreateRollbackRequest("2"), CancellationToken.None));

        Assert.That((error!.StatusCode, error.IsConflict, error.Code), Is.EqualTo((HttpStatusCode.Conflict, true, "OPERATION_NOT_ALLOWED")));
        Assert.That(error.Message, Does.Contain("RollbackSkill").And.Contain("already live"));
        Assert.That(Harness.Simulator.Faults.Calls("smapi:RollbackSkill"), Is.EqualTo(1));
    }

    [Test]
    public async Task Rollback_WhileAnotherIsOutstanding_IsAConflict()
    {
        await TwoReleasesLiveAsync();
        await Smapi.Rollbacks.CreateAsync(SkillId, new CreateRollbackRequest("1"), CancellationToken.None);

        var error = Assert.ThrowsAsync<SmapiException>(() => Smapi.Rollbacks.CreateAsync(SkillId, new CreateRollbackRequest("1"), CancellationToken.None));

        Assert.That(error!.IsConflict, Is.True);
        Assert.That(error.ServiceMessage, Does.Contain("only one rollback or publish operation"));
    }

    [Test]
    public async Task Rollback_ToAVersionThatFailedCertification_IsNotEligible()
    {
        await TwoReleasesLiveAsync();
        await Smapi.Certifications.SubmitAsync(SkillId, new SubmitSkillForCertificationRequest { VersionMessage = "v1.2.0" }, CancellationToken.None);
        Harness.Simulator.Smapi.CompleteCertification(CertificationOutcome.Fail);

        var error = Assert.ThrowsAsync<SmapiException>(() => Smapi.Rollbacks.CreateAsync(SkillId, new CreateRollbackRequest("3"), CancellationToken.None));

        Assert.That(error!.IsConflict, Is.True);
        Assert.That(error.ServiceMessage, Does.Contain("not eligible"));
    }

    [Test]
    public async Task Rollback_Get_WhenNoneWasEverRequested_IsNull()
    {
        Assert.That(await Smapi.Rollbacks.GetAsync(SkillId, "~latest", CancellationToken.None), Is.Null);
    }

    [Test]
    public void Rollback_Create_WithoutATargetVersion_FailsOnTheArgumentBeforeAnyCall()
    {
        Assert.ThrowsAsync<ArgumentException>(() => Smapi.Rollbacks.CreateAsync(SkillId, new CreateRollbackRequest(" "), CancellationToken.None));
        Assert.ThrowsAsync<ArgumentNullException>(() => Smapi.Rollbacks.CreateAsync(SkillId, null!, CancellationToken.None));
        Assert.That(Harness.Simulator.Faults.Calls("smapi:RollbackSkill"), Is.Zero);
    }
}
