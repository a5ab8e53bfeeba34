using SkillRelease.Release.Planning;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Release.Support;

namespace SkillRelease.Tests.Release.Planning;

/// <summary>
/// Rollback as a table of remote states: after a promote, code only; after a certified release went live, as a pair
/// (the live skill version through SMAPI, and the other alias on the version it ran while it was live).
/// </summary>
public sealed class RollbackPlannerTests
{
    private const string V100 = "v1.0.0 2026-11-20 aaaaaaa";
    private const string V110 = "v1.1.0 2026-11-24 ccccccc";
    private static readonly string GreenCut = "2026-11-24T10:00:00Z";

    /// <summary>v1.0.0 was live on blue (version 1); v1.1.0 was cut onto green (version 2) and went live by certification.</summary>
    private static StateBuilder CertifiedOnGreen(string blueDescription = "release=v1.0.0 previous=1 cut=2026-11-20T10:00:00Z", string blueVersion = "1") => new StateBuilder()
        .WithVersion("1", "CODE-A", V100).WithVersion("2", "CODE-C", V110).WithVersion("3", "CODE-D", "v1.2.0 2026-11-25 ddddddd")
        .WithAlias("blue", blueVersion, blueDescription)
        .WithAlias("green", "2", $"release=v1.1.0 previous=1 cut={GreenCut}")
        .WithLive(StateBuilder.Arn("green"))
        .WithCertification(UpdateStatuses.Succeeded)
        .WithSkillVersion("1", "v1.0.0", VersionSubmissionStatuses.Certified)
        .WithSkillVersion("2", "v1.1.0", VersionSubmissionStatuses.Live);

    private static IReadOnlyList<Step> Writes(Plan plan) => [.. plan.Steps];

    [Test]
    public void Rollback_AfterACertifiedReleaseWentLive_RollsBackTheSkillVersionAndTheOtherAliasAsAPair()
    {
        var plan = ReleasePlanner.Plan(CertifiedOnGreen().Build(), new Rollback());

        Assert.That(Writes(plan), Is.EqualTo(new Step[]
        {
            new PointAlias("blue", new VersionChoice("1"), "release=v1.0.0 rolled-back-from=v1.1.0", Create: false, "blue-rev"),
            new RollbackSkill("1", "v1.0.0"),
        }));
        Assert.That(plan.Steps.OfType<PointAlias>().Select(p => p.Alias), Has.None.EqualTo("green"), "the new code never goes behind the old models");
        Assert.That(plan.Records.Single().What, Does.StartWith("deployment of v1.0.0 to alexa-live"));
    }

    [Test]
    public void Rollback_AfterACertifiedRelease_WhenTheOtherAliasWasCutOntoSince_MovesItBackToTheVersionItRanWhenLive()
    {
        var state = CertifiedOnGreen("release=v1.2.0 previous=2 cut=2026-11-25T10:00:00Z", blueVersion: "3")
            .WithSkillVersion("3", "v1.2.0", VersionSubmissionStatuses.FailedCertification).Build();

        var plan = ReleasePlanner.Plan(state, new Rollback());

        Assert.That(Writes(plan), Is.EqualTo(new Step[]
        {
            new PointAlias("blue", new VersionChoice("1"), "release=v1.0.0 rolled-back-from=v1.1.0", Create: false, "blue-rev"),
            new RollbackSkill("1", "v1.0.0"),
        }));
    }

    [Test]
    public void Rollback_AfterACertifiedRelease_WhenAlexaMayNotInvokeTheOtherAlias_GrantsTheTriggerBeforeTheSkillPointsAtIt()
    {
        var state = CertifiedOnGreen().Build();
        state = state with { Aliases = [state.Alias("blue")! with { AlexaCanInvoke = false, PolicyRevisionId = null }, state.Alias("green")!] };

        var writes = Writes(ReleasePlanner.Plan(state, new Rollback()));

        Assert.That(writes.Select(s => s.GetType()), Is.EqualTo(new[] { typeof(PointAlias), typeof(GrantAlexaTrigger), typeof(RollbackSkill) }));
        Assert.That(writes.OfType<GrantAlexaTrigger>().Single().Alias, Is.EqualTo("blue"));
    }

    [Test]
    public void Rollback_AfterACertifiedRelease_WhileANewReleaseIsInFlightOnTheOtherAlias_RefusesAndSaysWhatToDo()
    {
        var state = CertifiedOnGreen("release=v1.2.0 previous=2 cut=2026-11-25T10:00:00Z", blueVersion: "3")
            .WithDevelopment(StateBuilder.Arn("blue")).WithCertification(UpdateStatuses.InProgress).Build();

        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(state, new Rollback()));

        Assert.That(refusal!.Message, Does.StartWith("Release v1.2.0 is in flight on alias blue").And.Contain("await-certification"));
    }

    [Test]
    public void Rollback_AfterACertifiedReleaseAndThenAPromote_GoesBackCodeOnlyToTheVersionBeforeThePromote()
    {
        var state = CertifiedOnGreen().WithVersion("4", "CODE-E", "v1.1.0+eeeeeee 2026-11-26 eeeeeee").Build();
        state = state with { Aliases = [state.Alias("blue")!, state.Alias("green")! with { FunctionVersion = "4", Description = new("v1.1.0", Previous: "2") }] };

        var plan = ReleasePlanner.Plan(state, new Rollback());

        Assert.That(Writes(plan), Is.EqualTo(new Step[] { new PointAlias("green", new VersionChoice("2"), "release=v1.1.0 rolled-back-from=4", Create: false, "green-rev") }));
        Assert.That(plan.Records.Single().What, Does.StartWith("deployment of v1.1.0 to alexa-live"));
    }

    [Test]
    public void Rollback_AfterAPairRollback_DoesNothingTheSecondTime()
    {
        var state = CertifiedOnGreen("release=v1.0.0 rolled-back-from=v1.1.0").WithLive(StateBuilder.Arn("blue")).Build();

        var plan = ReleasePlanner.Plan(state, new Rollback());

        Assert.That(plan.IsEmpty, Is.True);
        Assert.That(plan.Notes.Single(), Does.Contain("already rolled back from v1.1.0 to version 1"));
    }

    [Test]
    public void Rollback_RerunAfterACrashBetweenTheAliasAndTheSkill_OnlyRollsBackTheSkill()
    {
        var plan = ReleasePlanner.Plan(CertifiedOnGreen("release=v1.0.0 rolled-back-from=v1.1.0").Build(), new Rollback());

        Assert.That(Writes(plan), Is.EqualTo(new Step[] { new RollbackSkill("1", "v1.0.0") }));
    }

    [Test]
    public void Rollback_AfterTheFirstCertifiedRelease_RefusesBecauseNothingEarlierWasCertified()
    {
        var state = new StateBuilder().WithVersion("1", "CODE-A", V100).WithAlias("blue", "1", "release=v1.0.0 cut=2026-11-20T10:00:00Z")
            .WithLive(StateBuilder.Arn("blue")).WithSkillVersion("1", "v1.0.0", VersionSubmissionStatuses.Live).Build();

        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(state, new Rollback()));

        Assert.That(refusal!.Message, Does.Contain("no earlier certified version"));
    }

    [Test]
    public void Rollback_AfterAPromote_RecordsTheCommitWhenTheVersionCarriesNoPlainTag()
    {
        var state = new StateBuilder().WithVersion("1", "CODE-A", "v1.0.0+bbbbbbb 2026-11-21 bbbbbbb").WithVersion("2", "CODE-B", "v1.0.0+ccccccc 2026-11-22 ccccccc")
            .WithAlias("blue", "2", "release=v1.0.0 previous=1").WithLive(StateBuilder.Arn("blue")).Build();

        var record = ReleasePlanner.Plan(state, new Rollback()).Records.Single();

        Assert.That(record.What, Does.StartWith("deployment of bbbbbbb to alexa-live"));
        Assert.That(record.What, Does.Not.Contain("@"));
    }

    [TestCase(UpdateStatuses.InProgress, false, TestName = "Promote_WhileCertificationIsInProgress_Refuses")]
    [TestCase(UpdateStatuses.Failed, true, TestName = "Promote_WhileTheDevelopmentEndpointNamesTheCandidate_Refuses")]
    public void Promote_DuringAnInFlightRelease_RefusesBecauseGoLiveWouldUndoIt(string certification, bool developmentOnCandidate)
    {
        var state = CertifiedOnGreen("release=v1.2.0 previous=2 cut=2026-11-25T10:00:00Z", blueVersion: "3")
            .WithDevelopment(developmentOnCandidate ? StateBuilder.Arn("blue") : StateBuilder.FunctionArn).WithCertification(certification).WithLatest("CODE-N").Build();
        var promote = new Promote(StateBuilder.Code("CODE-N"), StateBuilder.Package(), null, StateBuilder.Now);

        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(state, promote));

        Assert.That(refusal!.Message, Does.StartWith("Release v1.2.0 is in flight: a promote now would be undone when it goes live."));
    }
}
