using System.Net;
using Microsoft.Extensions.Time.Testing;
using SkillRelease.Simulator.Faults;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Support;
using static SkillRelease.Tests.Smapi.SkillPackageDocuments;

namespace SkillRelease.Tests.Smapi;

public sealed class SmapiFaultTests : SmapiTestFixture
{
    private FaultInjector Faults => Harness.Simulator.Faults;

    [TestCase(Fault.Throttle)]
    [TestCase(Fault.ServerError)]
    public async Task Read_AfterATransientFailure_IsRetried(Fault fault)
    {
        await RestartOnAClockAsync();
        Faults.FailCall("smapi:GetSkillManifest", 1, fault);

        var manifest = await Smapi.Manifest.GetAsync(SkillId, Stages.Development, CancellationToken.None);

        Assert.That(manifest, Is.Not.Null);
        Assert.That(Faults.Calls("smapi:GetSkillManifest"), Is.EqualTo(2));
    }

    [Test]
    public async Task Read_AfterATimeout_IsRetried()
    {
        var clock = await RestartOnAClockAsync();
        Faults.FailCall("smapi:GetSkillManifest", 1, Fault.Timeout);

        var reading = Smapi.Manifest.GetAsync(SkillId, Stages.Development, CancellationToken.None);
        await HeldCall.TimeOutAsync(clock, Faults, "smapi:GetSkillManifest", 1, SmapiHarness.ClockedRetries.AttemptTimeout);
        var manifest = await reading;

        Assert.That(manifest, Is.Not.Null);
        Assert.That(Faults.Calls("smapi:GetSkillManifest"), Is.EqualTo(2));
    }

    /// <summary>
    /// Injected timeouts hold the call until the client gives up, which these tests decide by moving the clock; and
    /// on that clock no other attempt can time out, however slow the machine, and use up a planned fault.
    /// </summary>
    private async Task<FakeTimeProvider> RestartOnAClockAsync()
    {
        var clock = new FakeTimeProvider();
        await RestartAsync(await SmapiHarness.StartAsync(SmapiHarness.FastOptions(clock), retries: SmapiHarness.ClockedRetries));
        return clock;
    }

    [Test]
    public async Task Write_AfterAThrottle_IsRetriedAndAppliedOnce()
    {
        Faults.FailCall("smapi:SetInteractionModel", 1, Fault.Throttle);

        await Smapi.InteractionModel.SetAsync(SkillId, "en-US", Model("boston city info"), null, CancellationToken.None);

        Assert.That(Faults.Calls("smapi:SetInteractionModel"), Is.EqualTo(2));
        Assert.That(Harness.Simulator.Smapi.Inspect(s => s.Development.Models["en-US"].Document["languageModel"]!["invocationName"]!.GetValue<string>()), Is.EqualTo("boston city info"));
    }

    [Test]
    public void Conflict_IsNotRetried()
    {
        Faults.FailCall("smapi:GetSkillStatus", 1, Fault.Conflict);

        var error = Assert.ThrowsAsync<SmapiException>(() => Smapi.Status.GetAsync(SkillId, CancellationToken.None));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(Faults.Calls("smapi:GetSkillStatus"), Is.EqualTo(1));
    }

    [Test]
    public void BadRequest_IsNotRetried()
    {
        Assert.ThrowsAsync<SmapiException>(() => Smapi.InteractionModel.SetAsync(SkillId, "en-US", Model(invocationName: ""), null, CancellationToken.None));

        Assert.That(Faults.Calls("smapi:SetInteractionModel"), Is.EqualTo(1));
    }

    [Test]
    public async Task Forbidden_IsNotRetried()
    {
        await Smapi.Certifications.SubmitAsync(SkillId, new SubmitSkillForCertificationRequest(), CancellationToken.None);

        Assert.ThrowsAsync<SmapiException>(() => Smapi.InteractionModel.SetAsync(SkillId, "en-US", Model(), null, CancellationToken.None));

        Assert.That(Faults.Calls("smapi:SetInteractionModel"), Is.EqualTo(1));
    }

    [Test]
    public async Task NotFound_IsNotRetried()
    {
        Assert.That(await Smapi.Manifest.GetAsync(SkillId, Stages.Live, CancellationToken.None), Is.Null);

        Assert.That(Faults.Calls("smapi:GetSkillManifest"), Is.EqualTo(1));
    }

    [TestCase(Fault.ServerError)]
    [TestCase(Fault.Throttle)]
    public void Submit_AfterAFailure_IsNeverRetried(Fault fault)
    {
        Faults.FailCall("smapi:SubmitSkillForCertification", 1, fault);

        var error = Assert.ThrowsAsync<SmapiException>(() => Smapi.Certifications.SubmitAsync(SkillId, new SubmitSkillForCertificationRequest(), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("SubmitSkillForCertification"));
        Assert.That(Faults.Calls("smapi:SubmitSkillForCertification"), Is.EqualTo(1));
        Assert.That(Harness.Simulator.Smapi.Inspect(s => s.Submissions), Is.Zero);
    }

    [Test]
    public async Task Submit_ThatTimesOut_IsNeverRetried()
    {
        var clock = await RestartOnAClockAsync();
        Faults.FailCall("smapi:SubmitSkillForCertification", 1, Fault.Timeout);

        var submitting = Smapi.Certifications.SubmitAsync(SkillId, new SubmitSkillForCertificationRequest(), CancellationToken.None);
        await HeldCall.TimeOutAsync(clock, Faults, "smapi:SubmitSkillForCertification", 1, SmapiHarness.ClockedRetries.AttemptTimeout);

        Assert.ThrowsAsync<TimeoutException>(() => submitting);
        Assert.That(Faults.Calls("smapi:SubmitSkillForCertification"), Is.EqualTo(1));
    }

    [Test]
    public void Submit_WhoseAnswerIsLost_IsNeverRetriedAndSaysTheSubmissionMayHaveLanded()
    {
        Faults.FailCall("smapi:SubmitSkillForCertification", 1, Fault.Lost);

        var error = Assert.ThrowsAsync<HttpRequestException>(() => Smapi.Certifications.SubmitAsync(SkillId, new SubmitSkillForCertificationRequest(), CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("/submit: the connection was closed before an answer arrived; the change may have been applied all the same (1 attempt(s))"));
        Assert.That(Faults.Calls("smapi:SubmitSkillForCertification"), Is.EqualTo(1));
        Assert.That(Harness.Simulator.Smapi.Inspect(s => s.Submissions), Is.EqualTo(1), "it landed");
    }
}
