using SkillRelease.Release.Planning;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;
using SkillRelease.Tests.Release.Support;

namespace SkillRelease.Tests.Release.Planning;

public sealed class PromoteAndRollbackPlannerTests
{
    [Test]
    public void Promote_WhenNeverLive_Refuses()
    {
        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(new StateBuilder().Build(), LiveOnBlue.PromoteCode("CODE-B")));

        Assert.That(refusal!.Message, Does.Contain("never been published"));
    }

    [Test]
    public void Promote_WhenTheSkillPackageDiffersFromLive_RefusesAndSaysCutARelease()
    {
        var promote = LiveOnBlue.PromoteCode("CODE-B") with { Skill = StateBuilder.Package("a new invocation") };

        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(LiveOnBlue.State().Build(), promote));

        Assert.That(refusal!.Message, Does.Contain("this change needs certification: cut a release"));
    }

    [Test]
    public void Promote_PublishesLatestAndMovesOnlyTheLiveAliasRecordingWhereItWas()
    {
        var plan = ReleasePlanner.Plan(LiveOnBlue.State().WithLatest("CODE-B").Build(), LiveOnBlue.PromoteCode("CODE-B"));

        Assert.That(plan.Steps.Where(s => s.WritesToSkill).Select(s => s.GetType()), Is.EqualTo(new[] { typeof(PublishVersion), typeof(PointAlias) }));
        var move = plan.Steps.OfType<PointAlias>().Single();
        Assert.That((move.Alias, move.Version, move.RevisionId, move.AliasDescription), Is.EqualTo(("blue", VersionChoice.JustPublished, "blue-rev", "release=v1.0.0 previous=1")));
    }

    [Test]
    public void Promote_WithACanary_WeightsThenWaitsThenMovesFully()
    {
        var plan = ReleasePlanner.Plan(LiveOnBlue.State().WithLatest("CODE-B").Build(), LiveOnBlue.PromoteCode("CODE-B", new Canary(10, TimeSpan.FromMinutes(5))));

        var moves = plan.Steps.OfType<PointAlias>().ToList();
        Assert.That(plan.Steps.Select(s => s.GetType()), Is.EqualTo(new[] { typeof(PublishVersion), typeof(PointAlias), typeof(WaitForCanary), typeof(PointAlias) }));
        Assert.That(moves[0].Version.Number, Is.EqualTo("1"));
        Assert.That(moves[0].Canary, Is.EqualTo((VersionChoice.JustPublished, 0.1)));
        Assert.That((moves[1].Version, moves[1].Canary), Is.EqualTo((VersionChoice.JustPublished, ((VersionChoice, double)?)null)));
    }

    [Test]
    public void Promote_WithACanary_GuardsTheFullMoveWithTheCanaryMovesRevision()
    {
        var plan = ReleasePlanner.Plan(LiveOnBlue.State().WithLatest("CODE-B").Build(), LiveOnBlue.PromoteCode("CODE-B", new Canary(10, TimeSpan.FromMinutes(5))));

        var moves = plan.Steps.OfType<PointAlias>().ToList();
        Assert.That((moves[0].RevisionId, moves[0].AfterOwnMove), Is.EqualTo(("blue-rev", false)));
        Assert.That((moves[1].RevisionId, moves[1].AfterOwnMove), Is.EqualTo(((string?)null, true)));
        Assert.That(plan.Steps.OfType<WaitForCanary>().Single().RollBack.AfterOwnMove, Is.True);
    }

    [Test]
    public void Promote_WithACanary_RecordsItsStartOnTheAliasAndRollsBackToTheAliasAsItWas()
    {
        var plan = ReleasePlanner.Plan(LiveOnBlue.State("release=v1.0.0 previous=0").WithLatest("CODE-B").Build(), LiveOnBlue.PromoteCode("CODE-B", new Canary(10, TimeSpan.FromMinutes(5))));

        var watch = plan.Steps.OfType<WaitForCanary>().Single();
        Assert.That(plan.Steps.OfType<PointAlias>().First().AliasDescription, Is.EqualTo("release=v1.0.0 previous=0 canary=2026-11-26T12:00:00Z"));
        Assert.That((watch.Started, watch.Ends), Is.EqualTo((StateBuilder.Now, StateBuilder.Now.AddMinutes(5))));
        Assert.That((watch.RollBack.Version.Number, watch.RollBack.AliasDescription, watch.RollBack.Canary), Is.EqualTo(("1", "release=v1.0.0 previous=0", ((VersionChoice, double)?)null)));
    }

    [Test]
    public void Promote_WhileItsCanaryRuns_WaitsOnlyForTheTimeLeftAndGuardsWithTheObservedRevision()
    {
        var state = LiveOnBlue.State().WithVersion("2", "CODE-B").WithLatest("CODE-B").Build();
        state = state with
        {
            Aliases = [state.Alias("blue")! with
            {
                Description = AliasDescription.Parse("release=v1.0.0 canary=2026-11-26T11:57:00Z"),
                AdditionalVersionWeights = new Dictionary<string, double> { ["2"] = 0.1 },
            }],
        };

        var plan = ReleasePlanner.Plan(state, LiveOnBlue.PromoteCode("CODE-B", new Canary(10, TimeSpan.FromMinutes(5))));

        Assert.That(plan.Steps.Select(s => s.GetType()), Is.EqualTo(new[] { typeof(WaitForCanary), typeof(PointAlias) }));
        var watch = plan.Steps.OfType<WaitForCanary>().Single();
        Assert.That(watch.Ends - StateBuilder.Now, Is.EqualTo(TimeSpan.FromMinutes(2)));
        var move = plan.Steps.OfType<PointAlias>().Single();
        Assert.That((move.Version.Number, move.RevisionId, move.AfterOwnMove, watch.RollBack.RevisionId), Is.EqualTo(("2", "blue-rev", false, "blue-rev")));
    }

    [Test]
    public void Promote_WithACanaryLongerThanTheCredentials_RefusesAndSaysWhatToChange()
    {
        var canary = new Canary(10, TimeSpan.FromMinutes(90));

        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(LiveOnBlue.State().WithLatest("CODE-B").Build(), LiveOnBlue.PromoteCode("CODE-B", canary)));

        Assert.That(refusal!.Message, Does.Contain("credentials last 60 minutes").And.Contain("shorten the canary to 55 minutes or less").And.Contain("AWS_ROLE_DURATION_SECONDS"));
    }

    [Test]
    public void Promote_WithLongerCredentials_AcceptsALongerCanary()
    {
        var canary = new Canary(10, TimeSpan.FromMinutes(90)) { CredentialLifetime = TimeSpan.FromHours(2) };

        var plan = ReleasePlanner.Plan(LiveOnBlue.State().WithLatest("CODE-B").Build(), LiveOnBlue.PromoteCode("CODE-B", canary));

        Assert.That(plan.Steps.OfType<WaitForCanary>().Single().Ends, Is.EqualTo(StateBuilder.Now.AddMinutes(90)));
    }

    [Test]
    public void Promote_ResumingALongCanary_WeighsOnlyTheTimeLeftAgainstTheCredentials()
    {
        var state = LiveOnBlue.State().WithVersion("2", "CODE-B").WithLatest("CODE-B").Build();
        state = state with
        {
            Aliases = [state.Alias("blue")! with
            {
                Description = AliasDescription.Parse("release=v1.0.0 canary=2026-11-26T10:50:00Z"),
                AdditionalVersionWeights = new Dictionary<string, double> { ["2"] = 0.1 },
            }],
        };

        var plan = ReleasePlanner.Plan(state, LiveOnBlue.PromoteCode("CODE-B", new Canary(10, TimeSpan.FromMinutes(90))));

        Assert.That(plan.Steps.OfType<WaitForCanary>().Single().Ends - StateBuilder.Now, Is.EqualTo(TimeSpan.FromMinutes(20)));
    }

    [Test]
    public void Promote_WhenLiveAlreadyRunsTheCode_HasNothingToDo()
    {
        Assert.That(ReleasePlanner.Plan(LiveOnBlue.State().Build(), LiveOnBlue.PromoteCode("CODE-A")).IsEmpty, Is.True);
    }

    [Test]
    public void Promote_NeverTouchesTheCandidateAlias()
    {
        var state = LiveOnBlue.State().WithVersion("2", "CODE-C").WithAlias("green", "2", "release=v1.1.0").WithLatest("CODE-B").Build();

        var plan = ReleasePlanner.Plan(state, LiveOnBlue.PromoteCode("CODE-B"));

        Assert.That(plan.Steps.OfType<PointAlias>().Select(p => p.Alias), Is.All.EqualTo("blue"));
    }

    [Test]
    public void Rollback_MovesTheLiveAliasToThePreviousVersionAndRemembersWhereItCameFrom()
    {
        var state = LiveOnBlue.State("release=v1.0.0 previous=1").WithVersion("2", "CODE-B").Build() with { };
        var onTwo = new StateBuilder().WithVersion("1", "CODE-A").WithVersion("2", "CODE-B").WithAlias("blue", "2", "release=v1.0.0 previous=1").WithLive(StateBuilder.Arn("blue")).Build();

        var plan = ReleasePlanner.Plan(onTwo, new Rollback());

        var move = plan.Steps.OfType<PointAlias>().Single();
        Assert.That((move.Alias, move.Version.Number, move.AliasDescription, move.RevisionId), Is.EqualTo(("blue", "1", "release=v1.0.0 rolled-back-from=2", "blue-rev")));
        Assert.That(state.LiveAlias!.Name, Is.EqualTo("blue"));
    }

    [Test]
    public void Rollback_WithNoPreviousVersion_RefusesClearly()
    {
        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(LiveOnBlue.State().Build(), new Rollback()));

        Assert.That(refusal!.Message, Does.Contain("no earlier version recorded"));
    }

    [Test]
    public void Rollback_Twice_DoesNothingTheSecondTimeInsteadOfRollingForward()
    {
        var rolledBack = LiveOnBlue.State("release=v1.0.0 rolled-back-from=2").Build();

        var plan = ReleasePlanner.Plan(rolledBack, new Rollback());

        Assert.That(plan.IsEmpty, Is.True);
        Assert.That(plan.Notes.Single(), Does.Contain("already rolled back from version 2 to version 1"));
    }

    [Test]
    public void Rollback_DuringACanary_EndsTheCanaryOnThePrimaryVersion()
    {
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithVersion("2", "CODE-B")
            .WithAlias("blue", "1", "release=v1.0.0 previous=1", weights: new Dictionary<string, double> { ["2"] = 0.1 }).WithLive(StateBuilder.Arn("blue")).Build();

        var move = ReleasePlanner.Plan(state, new Rollback()).Steps.OfType<PointAlias>().Single();

        Assert.That((move.Version.Number, move.Canary, move.AliasDescription), Is.EqualTo(("1", ((VersionChoice, double)?)null, "release=v1.0.0 rolled-back-from=2")));
    }
}
