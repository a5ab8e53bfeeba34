using SkillRelease.GitHub;
using SkillRelease.Release.Planning;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Release.Support;

namespace SkillRelease.Tests.Release.Planning;

/// <summary>What promote tells the operator and the exact moves it plans, at the edges the first mutation run left open.</summary>
public sealed class PromotePlannerTests
{
    private static Canary Minutes(double minutes) => new(10, TimeSpan.FromMinutes(minutes));

    /// <summary>Blue runs version 1 with a canary of <paramref name="weighted"/> that started at <paramref name="started"/>.</summary>
    private static RemoteState CanaryOnBlue(string weighted, string started)
    {
        var state = LiveOnBlue.State().WithVersion("2", "CODE-B").WithLatest("CODE-B").Build();
        return state with
        {
            Aliases = [state.Alias("blue")! with
            {
                Description = AliasDescription.Parse($"release=v1.0.0 canary={started}"),
                AdditionalVersionWeights = new Dictionary<string, double> { [weighted] = 0.1 },
            }],
        };
    }

    [Test]
    public void Promote_WhileAnUntaggedCutIsInFlight_RefusesNamingItUnknown()
    {
        // Given the development endpoint on an alias whose description names no release
        var state = LiveOnBlue.State().WithVersion("2", "CODE-B").WithAlias("green", "2").WithDevelopment(StateBuilder.Arn("green")).Build();

        // When
        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(state, LiveOnBlue.PromoteCode("CODE-B")));

        // Then
        Assert.That(refusal!.Message, Does.StartWith("Release (unknown) is in flight").And.Contain("Run await-certification until it has finished"));
    }

    [Test]
    public void Promote_WhenLiveIsNotOnTheAliases_RefusesNamingTheEndpointAndTheAliases()
    {
        // Given a live skill whose endpoint is the unqualified function
        var state = new StateBuilder().WithLive(StateBuilder.FunctionArn).Build();

        // When
        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(state, LiveOnBlue.PromoteCode("CODE-B")));

        // Then
        Assert.That(refusal!.Message, Is.EqualTo($"The live skill's endpoint ({StateBuilder.FunctionArn}) is not one of the aliases blue/green: promote only moves those. Cut a release to move the live skill onto them."));
    }

    [Test]
    public void Promote_NeverLive_SaysCutARelease()
    {
        // Given a skill never published
        // When
        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(new StateBuilder().Build(), LiveOnBlue.PromoteCode("CODE-B")));

        // Then
        Assert.That(refusal!.Message, Is.EqualTo("The skill has never been published, so there is nothing live to promote to: cut a release."));
    }

    [Test]
    public void Promote_PublishesTheVersionNamedAfterTheReleaseAndCommit_AndRecordsTheCommitLive()
    {
        // Given v1.0.0 live on blue
        // When CODE-B is promoted
        var plan = ReleasePlanner.Plan(LiveOnBlue.State().WithLatest("CODE-B").Build(), LiveOnBlue.PromoteCode("CODE-B"));

        // Then the version says which release it patches, the alias moves in place, and GitHub shows the commit live
        Assert.That(plan.Title, Is.EqualTo("promote"));
        Assert.That(plan.Steps.OfType<PublishVersion>().Single(), Is.EqualTo(new PublishVersion("CODE-B", "v1.0.0+0123456 2026-11-26 0123456", "latest-rev")), "$LATEST is settled on CODE-B: its revision guards the publish");
        Assert.That(plan.Steps.OfType<PointAlias>().Single(), Is.EqualTo(new PointAlias("blue", VersionChoice.JustPublished, "release=v1.0.0 previous=1", Create: false, "blue-rev")));
        Assert.That(plan.Notes.Single(), Is.EqualTo("live alias: blue on version 1; the live stage already holds skill-package/"));
        Assert.That(RecordingLedger.Of(plan).Deployments, Is.EqualTo(new[]
        {
            new DeploymentRecord(DeploymentEnvironments.Live, StateBuilder.Code().Commit, DeploymentStates.Success, "promoted to alias blue"),
        }));
    }

    [Test]
    public void Promote_OntoAnUntaggedLiveAlias_NamesTheVersionAfterPromote()
    {
        // Given a live alias that names no release
        // When
        var plan = ReleasePlanner.Plan(LiveOnBlue.State("").WithLatest("CODE-B").Build(), LiveOnBlue.PromoteCode("CODE-B"));

        // Then
        Assert.That(plan.Steps.OfType<PublishVersion>().Single().VersionDescription, Does.StartWith("promote+0123456 "));
    }

    [Test]
    public void Promote_WhenLiveAlreadyRunsTheCode_SaysSoAndStillRecordsIt()
    {
        // Given blue on version 1, which holds CODE-A
        // When CODE-A is promoted again
        var plan = ReleasePlanner.Plan(LiveOnBlue.State().Build(), LiveOnBlue.PromoteCode("CODE-A"));

        // Then
        Assert.That(plan.Title, Is.EqualTo("promote"));
        Assert.That(plan.Notes.Single(), Is.EqualTo("The live alias blue already runs this code (version 1): nothing to promote."));
        Assert.That(plan.Records.Single().What, Is.EqualTo($"deployment of {StateBuilder.Code().Commit} to alexa-live: success"));
    }

    [Test]
    public void Promote_ThePrimaryVersionsCodeDuringACanary_EndsTheCanaryInPlace()
    {
        // Given blue on version 1 (CODE-A) with a canary towards version 2
        var state = CanaryOnBlue("2", "2026-11-26T11:57:00Z");

        // When CODE-A is promoted
        var plan = ReleasePlanner.Plan(state, LiveOnBlue.PromoteCode("CODE-A"));

        // Then the alias stays on version 1, unweighted, its canary start dropped
        Assert.That(plan.Title, Is.EqualTo("promote"));
        Assert.That(plan.Steps, Is.EqualTo(new Step[] { new PointAlias("blue", new VersionChoice("1"), "release=v1.0.0", Create: false, "blue-rev") }));
        Assert.That(plan.Notes.Single(), Is.EqualTo("The live alias blue already runs this code (version 1) with a canary towards version 2: the canary ends."));
        Assert.That(plan.Records.Single().What, Does.Contain("alexa-live: success"));
    }

    [Test]
    public void Promote_WithACanary_PlansTheExactMoves()
    {
        // Given v1.0.0 live on blue
        // When CODE-B is promoted through a 5-minute canary
        var plan = ReleasePlanner.Plan(LiveOnBlue.State().WithLatest("CODE-B").Build(), LiveOnBlue.PromoteCode("CODE-B", Minutes(5)));

        // Then: weight (guarded by the observed revision), watch, move fully (guarded by the canary move's own revision)
        var rollBack = new PointAlias("blue", new VersionChoice("1"), "release=v1.0.0", Create: false, null) { AfterOwnMove = true };
        Assert.That(plan.Steps.Skip(1), Is.EqualTo(new Step[]
        {
            new PointAlias("blue", new VersionChoice("1"), "release=v1.0.0 canary=2026-11-26T12:00:00Z", Create: false, "blue-rev") { Canary = (VersionChoice.JustPublished, 0.1) },
            new WaitForCanary("blue", VersionChoice.JustPublished, StateBuilder.Now, StateBuilder.Now.AddMinutes(5), Minutes(5), rollBack, StateBuilder.Code().Commit),
            new PointAlias("blue", VersionChoice.JustPublished, "release=v1.0.0 previous=1", Create: false, null) { AfterOwnMove = true },
        }));
    }

    [Test]
    public void Promote_WithACanary_StartsItNowEvenWhenTheAliasKeptAnOldStart()
    {
        // Given blue's description still carries the start of a canary that is not running
        // When a canary is promoted
        var plan = ReleasePlanner.Plan(LiveOnBlue.State("release=v1.0.0 canary=2026-11-26T11:00:00Z").WithLatest("CODE-B").Build(), LiveOnBlue.PromoteCode("CODE-B", Minutes(5)));

        // Then it starts now and runs its whole length
        var watch = plan.Steps.OfType<WaitForCanary>().Single();
        Assert.That((watch.Started, watch.Ends), Is.EqualTo((StateBuilder.Now, StateBuilder.Now.AddMinutes(5))));
    }

    [Test]
    public void Promote_WhileItsCanaryRuns_RollsBackGuardedByTheObservedRevision()
    {
        // Given the canary of version 2 running for 3 minutes
        // When the promote is run again
        var plan = ReleasePlanner.Plan(CanaryOnBlue("2", "2026-11-26T11:57:00Z"), LiveOnBlue.PromoteCode("CODE-B", Minutes(5)));

        // Then
        var rollBack = plan.Steps.OfType<WaitForCanary>().Single().RollBack;
        Assert.That(rollBack, Is.EqualTo(new PointAlias("blue", new VersionChoice("1"), "release=v1.0.0", Create: false, "blue-rev")));
        Assert.That(plan.Steps.OfType<PointAlias>().Single(), Is.EqualTo(new PointAlias("blue", new VersionChoice("2"), "release=v1.0.0 previous=1", Create: false, "blue-rev")));
    }

    [Test]
    public void Promote_WhileItsCanaryRunsWithoutARecordedStart_WaitsTheWholeCanaryFromNow()
    {
        // Given a running canary whose start the description lost
        var state = CanaryOnBlue("2", "unknown");

        // When
        var watch = ReleasePlanner.Plan(state, LiveOnBlue.PromoteCode("CODE-B", Minutes(5))).Steps.OfType<WaitForCanary>().Single();

        // Then
        Assert.That((watch.Started, watch.Ends), Is.EqualTo((StateBuilder.Now, StateBuilder.Now.AddMinutes(5))));
    }

    [TestCase(55, false)]
    [TestCase(56, true)]
    public void Promote_WithACanaryAtTheCredentialLimit_RefusesOnlyBeyondIt(double minutes, bool refused)
    {
        // Given credentials of 60 minutes, 5 of them kept for the rest of the run
        // When
        var plan = () => ReleasePlanner.Plan(LiveOnBlue.State().WithLatest("CODE-B").Build(), LiveOnBlue.PromoteCode("CODE-B", Minutes(minutes)));

        // Then 55 minutes fit exactly, 56 do not
        Assert.That(plan, refused ? Throws.TypeOf<ReleaseRefusedException>().With.Message.Contains("would wait 56 more minute(s)") : Throws.Nothing);
    }

    [Test]
    public void Promote_ResumingAnOverrunCanary_WithCredentialsShorterThanTheMargin_RefusesSayingNothingIsLeft()
    {
        // Given a canary that ran past its end, and credentials shorter than what the final move needs
        var canary = Minutes(5) with { CredentialLifetime = TimeSpan.FromMinutes(4) };

        // When
        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(CanaryOnBlue("2", "2026-11-26T11:00:00Z"), LiveOnBlue.PromoteCode("CODE-B", canary)));

        // Then
        Assert.That(refusal!.Message, Does.StartWith("The canary would wait 0 more minute(s), but this run's AWS credentials last 4 minutes").And.Contain("shorten the canary to 0 minutes or less"));
    }
}
