using NSubstitute;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Tests.Release.Steps;

/// <summary>One rollback outstanding at a time: a running rollback to our target is waited for, never requested twice.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class RollbackSkillTests
{
    private static readonly RollbackSkill Rollback = new("4", "v1.3.0");

    private readonly StepRig _rig = new();

    [Test]
    public void Description_NamesTheTargetVersion() =>
        Assert.That(Rollback.Description, Is.EqualTo("roll the live skill back to skill version 4 (v1.3.0)"));

    [Test]
    public async Task Apply_WithNoRollbackRunning_RequestsOneAndWaitsForIt()
    {
        Latest(null);
        _rig.Smapi.Rollbacks.CreateAsync(default!, default!, default).ReturnsForAnyArgs("rb-2");
        Done("rb-2", RollbackStatuses.Succeeded);

        await _rig.ApplyAsync(Rollback);

        await _rig.Smapi.Rollbacks.Received(1).GetAsync(StepRig.SkillId, "~latest", Arg.Any<CancellationToken>());
        Assert.That(StepRig.Sent<CreateRollbackRequest>(_rig.Smapi.Rollbacks), Is.EqualTo(new[] { new CreateRollbackRequest("4") }));
    }

    [TestCase(RollbackStatuses.Succeeded, "4")]
    [TestCase(RollbackStatuses.InProgress, "3")]
    public async Task Apply_WhenTheLatestRollbackIsNotARunningOneToOurTarget_RequestsANewOne(string status, string target)
    {
        Latest(new RollbackRequestStatus { Id = "rb-1", Status = status, TargetVersion = target });
        _rig.Smapi.Rollbacks.CreateAsync(default!, default!, default).ReturnsForAnyArgs("rb-2");
        Done("rb-2", RollbackStatuses.Succeeded);

        await _rig.ApplyAsync(Rollback);

        Assert.That(StepRig.Sent<CreateRollbackRequest>(_rig.Smapi.Rollbacks), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Apply_WhileARollbackToOurTargetRuns_WaitsForItInsteadOfRequestingAnother()
    {
        Latest(new RollbackRequestStatus { Id = "rb-1", Status = RollbackStatuses.InProgress, TargetVersion = "4" });
        Done("rb-1", RollbackStatuses.Succeeded);

        await _rig.ApplyAsync(Rollback);

        Assert.That(StepRig.Sent<CreateRollbackRequest>(_rig.Smapi.Rollbacks), Is.Empty);
    }

    [Test]
    public async Task Apply_RefusedBecauseTheFirstRequestLandedWithItsAnswerLost_WaitsForThatOne()
    {
        _rig.Smapi.Rollbacks.GetAsync(default!, default!, default).ReturnsForAnyArgs(
            null, new RollbackRequestStatus { Id = "rb-1", Status = RollbackStatuses.InProgress, TargetVersion = "4" });
        Refuse();
        Done("rb-1", RollbackStatuses.Succeeded);

        await _rig.ApplyAsync(Rollback);

        await _rig.Smapi.Rollbacks.Received(1).WaitUntilDoneAsync(StepRig.SkillId, "rb-1", Arg.Any<CancellationToken>());
    }

    [Test]
    public void Apply_RefusedForAnotherReason_SaysWhatSmapiSaidAndWhatToDo()
    {
        Latest(null);
        var refusal = Refuse();

        var failed = Assert.ThrowsAsync<StepFailedException>(() => _rig.ApplyAsync(Rollback));

        Assert.That(failed!.Message, Is.EqualTo(
            "SMAPI refused the rollback to skill version 4: A publication of the skill is in progress. Wait for any publication or rollback of the skill to finish, then run rollback again."));
        Assert.That(failed.InnerException, Is.SameAs(refusal));
    }

    [Test]
    public void Apply_WhenTheRequestFailsOtherwise_PassesTheFailureOn()
    {
        Latest(null);
        var invalid = Refusals.Invalid("CreateRollback");
        _rig.Smapi.Rollbacks.CreateAsync(default!, default!, default).ReturnsForAnyArgs(Task.FromException<string>(invalid));

        Assert.That(Assert.ThrowsAsync<SmapiException>(() => _rig.ApplyAsync(Rollback)), Is.SameAs(invalid));
    }

    [Test]
    public void Apply_WhenTheVersionIsIneligible_SaysToFixForward()
    {
        Latest(new RollbackRequestStatus { Id = "rb-1", Status = RollbackStatuses.InProgress, TargetVersion = "4" });
        Done("rb-1", RollbackStatuses.Ineligible, "certified more than six months ago");

        var failed = Assert.ThrowsAsync<StepFailedException>(() => _rig.ApplyAsync(Rollback));

        Assert.That(failed!.Message, Is.EqualTo(
            "SMAPI says skill version 4 is not eligible for rollback (certified more than six months ago): only a version certified in the last six months can return without review. Fix forward instead: cut a release."));
    }

    [Test]
    public void Apply_WhenTheRollbackFails_SaysTheLiveSkillIsUnchanged()
    {
        Latest(new RollbackRequestStatus { Id = "rb-1", Status = RollbackStatuses.InProgress, TargetVersion = "4" });
        Done("rb-1", RollbackStatuses.Failed, "internal error", "try later");

        var failed = Assert.ThrowsAsync<StepFailedException>(() => _rig.ApplyAsync(Rollback));

        Assert.That(failed!.Message, Is.EqualTo("SMAPI's rollback rb-1 to skill version 4 ended FAILED (internal error; try later). The live skill is unchanged: run rollback again."));
    }

    [Test]
    public void Apply_WhenTheRollbackFailsWithoutErrors_SaysOnlyItsStatus()
    {
        Latest(new RollbackRequestStatus { Id = "rb-1", Status = RollbackStatuses.InProgress, TargetVersion = "4" });
        Done("rb-1", RollbackStatuses.Ineligible);

        var failed = Assert.ThrowsAsync<StepFailedException>(() => _rig.ApplyAsync(Rollback));

        Assert.That(failed!.Message, Does.StartWith("SMAPI says skill version 4 is not eligible for rollback: only"));
    }

    private void Latest(RollbackRequestStatus? status) =>
        _rig.Smapi.Rollbacks.GetAsync(default!, default!, default).ReturnsForAnyArgs(status);

    private SmapiException Refuse()
    {
        var refusal = Refusals.Conflict("A publication of the skill is in progress.", "CreateRollback");
        _rig.Smapi.Rollbacks.CreateAsync(default!, default!, default).ReturnsForAnyArgs(Task.FromException<string>(refusal));
        return refusal;
    }

    private void Done(string id, string status, params string[] errors) =>
        _rig.Smapi.Rollbacks.WaitUntilDoneAsync(StepRig.SkillId, id, Arg.Any<CancellationToken>()).Returns(new RollbackRequestStatus { Id = id, Status = status, TargetVersion = "4", Errors = errors });
}
