using System.Globalization;
using SkillRelease.GitHub;
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

    [Test]
    public void Rollback_AfterACertifiedReleaseWentLive_SaysWhatGoesBackAndRecordsIt()
    {
        // Given v1.1.0 live on green by certification, v1.0.0 on blue before it
        // When
        var plan = ReleasePlanner.Plan(CertifiedOnGreen().Build(), new Rollback());

        // Then
        Assert.That(plan.Title, Is.EqualTo("rollback"));
        Assert.That(plan.Notes.Single(), Is.EqualTo("v1.1.0 went live by certification on alias green: rolling back as a pair, the live skill to skill version 1 (v1.0.0) and alias blue on version 1 (which it still runs)."));
        Assert.That(RecordingLedger.Of(plan).Deployments, Is.EqualTo(new[]
        {
            new DeploymentRecord(DeploymentEnvironments.Live, "v1.0.0", DeploymentStates.Success, "rolled back v1.1.0: live skill version 2 → 1, alias blue on version 1"),
        }));
    }

    [Test]
    public void Rollback_AfterACertifiedRelease_WhenTheOtherAliasWasCutOntoSince_SaysWhereItComesBackFrom()
    {
        // Given blue cut with v1.2.0 (version 3) after v1.1.0 went live, and that cut failed
        var state = CertifiedOnGreen("release=v1.2.0 previous=2 cut=2026-11-25T10:00:00Z", blueVersion: "3").Build();

        // When
        var plan = ReleasePlanner.Plan(state, new Rollback());

        // Then
        Assert.That(plan.Notes.Single(), Does.EndWith("and alias blue on version 1 (back from version 3)."));
    }

    [Test]
    public void Rollback_AfterARecut_NamesTheAliasAfterTheReleaseItsVersionWasBuiltFrom()
    {
        // Given version 1 is a promote of v1.0.0, and skill version 1 was submitted by hand with another message
        var state = new StateBuilder()
            .WithVersion("1", "CODE-A", "v1.0.0+bbbbbbb 2026-11-21 bbbbbbb").WithVersion("2", "CODE-C", V110).WithVersion("3", "CODE-D", "v1.2.0 2026-11-25 ddddddd")
            .WithAlias("blue", "3", "release=v1.2.0 previous=2 cut=2026-11-25T10:00:00Z").WithAlias("green", "2", $"release=v1.1.0 previous=1 cut={GreenCut}")
            .WithLive(StateBuilder.Arn("green")).WithCertification(UpdateStatuses.Succeeded)
            .WithSkillVersion("1", "submitted from the console", VersionSubmissionStatuses.Certified).WithSkillVersion("2", "v1.1.0", VersionSubmissionStatuses.Live).Build();

        // When
        var plan = ReleasePlanner.Plan(state, new Rollback());

        // Then
        Assert.That(plan.Steps.OfType<PointAlias>().Single().AliasDescription, Is.EqualTo("release=v1.0.0 rolled-back-from=v1.1.0"));
        Assert.That(plan.Records.Single().What, Does.StartWith("deployment of bbbbbbb to alexa-live"));
    }

    [Test]
    public void Rollback_AfterARecut_ToAVersionWithoutADescription_NamesTheAliasAfterTheSkillVersionsMessage()
    {
        // Given version 1 published by hand, without a description
        var state = new StateBuilder()
            .WithVersion("1", "CODE-A").WithVersion("2", "CODE-C", V110).WithVersion("3", "CODE-D", "v1.2.0 2026-11-25 ddddddd")
            .WithAlias("blue", "3", "release=v1.2.0 previous=2 cut=2026-11-25T10:00:00Z").WithAlias("green", "2", $"release=v1.1.0 previous=1 cut={GreenCut}")
            .WithLive(StateBuilder.Arn("green")).WithCertification(UpdateStatuses.Succeeded)
            .WithSkillVersion("1", "v1.0.0", VersionSubmissionStatuses.Certified).WithSkillVersion("2", "v1.1.0", VersionSubmissionStatuses.Live).Build();

        // When
        var plan = ReleasePlanner.Plan(state, new Rollback());

        // Then the alias names the release; GitHub cannot be told which commit it was
        Assert.That(plan.Steps.OfType<PointAlias>().Single().AliasDescription, Is.EqualTo("release=v1.0.0 rolled-back-from=v1.1.0"));
        Assert.That(plan.Warnings.Single(), Does.StartWith("Version 1's description names no release tag or commit"));
    }

    [Test]
    public void Rollback_AfterACertifiedRelease_KeepsTheReleaseTheUntouchedAliasCarries()
    {
        // Given blue, untouched since it was live, naming v1.0.0; its version published without a description, and
        // skill version 1 submitted with another message
        var state = CertifiedOnGreen().Build();
        state = state with
        {
            Versions = [state.Versions[0] with { Description = null }, .. state.Versions.Skip(1)],
            SkillVersions = [state.SkillVersions[0] with { Message = "Boston Info 1.0" }, state.SkillVersions[1]],
        };

        // When
        var plan = ReleasePlanner.Plan(state, new Rollback());

        // Then
        Assert.That(plan.Steps.OfType<PointAlias>().Single().AliasDescription, Is.EqualTo("release=v1.0.0 rolled-back-from=v1.1.0"));
        Assert.That(plan.Steps.OfType<RollbackSkill>().Single(), Is.EqualTo(new RollbackSkill("1", "Boston Info 1.0")));
    }

    [Test]
    public void Rollback_AfterACertifiedRelease_WhoseCutRecordedNoPreviousVersion_UsesTheUntouchedAlias()
    {
        // Given green cut before anything recorded the live version, blue untouched since
        var state = CertifiedOnGreen().Build();
        state = state with { Aliases = [state.Alias("blue")!, state.Alias("green")! with { Description = new("v1.1.0", Cut: DateTimeOffset.Parse(GreenCut, CultureInfo.InvariantCulture)) }] };

        // When
        var plan = ReleasePlanner.Plan(state, new Rollback());

        // Then blue stays on version 1, which it ran while live
        Assert.That(plan.Notes.Single(), Does.EndWith("alias blue on version 1 (which it still runs)."));
    }

    [TestCase("release=v1.2.0 previous=2 cut=2026-11-25T10:00:00Z", "Alias blue carries v1.2.0 now")]
    [TestCase("previous=2 cut=2026-11-25T10:00:00Z", "Alias blue carries another release now")]
    public void Rollback_AfterARecut_WhenNothingRecordsWhatTheAliasRanBefore_Refuses(string blueDescription, string start)
    {
        // Given blue cut onto since, and green's cut recorded no previous version
        var state = CertifiedOnGreen(blueDescription, blueVersion: "3").Build();
        state = state with { Aliases = [state.Alias("blue")!, state.Alias("green")! with { Description = new("v1.1.0", Cut: DateTimeOffset.Parse(GreenCut, CultureInfo.InvariantCulture)) }] };

        // When
        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(state, new Rollback()));

        // Then
        Assert.That(refusal!.Message, Is.EqualTo($"{start}, and nothing records the version it ran before v1.1.0: roll back in the developer console, or fix forward."));
    }

    [Test]
    public void Rollback_AfterARecut_WhenTheVersionItRanWasDeleted_RefusesNamingIt()
    {
        // Given green's cut recorded version 7 as live's, which no longer exists
        var state = CertifiedOnGreen("release=v1.2.0 previous=2 cut=2026-11-25T10:00:00Z", blueVersion: "3").Build();
        state = state with { Aliases = [state.Alias("blue")!, state.Alias("green")! with { Description = state.Alias("green")!.Description with { Previous = "7" } }] };

        // When
        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(state, new Rollback()));

        // Then
        Assert.That(refusal!.Message, Is.EqualTo("Version 7, which alias blue ran before v1.1.0, no longer exists: fix forward instead (promote a fix or cut a release)."));
    }

    [Test]
    public void Rollback_AfterACertifiedRelease_WhenTheOtherAliasWasDeleted_Refuses()
    {
        // Given blue gone
        var state = CertifiedOnGreen().Build();
        state = state with { Aliases = [state.Alias("green")!] };

        // When
        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(state, new Rollback()));

        // Then
        Assert.That(refusal!.Message, Does.StartWith("Alias blue, which the release before v1.1.0 ran on, no longer exists"));
    }

    [Test]
    public void Rollback_AfterACertifiedRelease_GoesBackToTheNewestEarlierCertifiedVersion()
    {
        // Given skill versions 1 and 2 certified, 3 failed, 4 live
        var state = CertifiedOnGreen().Build() with
        {
            SkillVersions =
            [
                Skill("1", "v0.9.0", VersionSubmissionStatuses.Certified), Skill("2", "v1.0.0", VersionSubmissionStatuses.Certified),
                Skill("3", "v1.0.5", VersionSubmissionStatuses.FailedCertification), Skill("4", "v1.1.0", VersionSubmissionStatuses.Live),
            ],
        };

        // When
        var plan = ReleasePlanner.Plan(state, new Rollback());

        // Then
        Assert.That(plan.Steps.OfType<RollbackSkill>().Single(), Is.EqualTo(new RollbackSkill("2", "v1.0.0")));
    }

    [Test]
    public void Rollback_AfterACertifiedRelease_ToAVersionSubmittedWithoutAMessage_SaysTheReleaseBefore()
    {
        // Given skill version 1 without a message
        var state = CertifiedOnGreen().Build();
        state = state with { SkillVersions = [state.SkillVersions[0] with { Message = null }, state.SkillVersions[1]] };

        // When
        var plan = ReleasePlanner.Plan(state, new Rollback());

        // Then
        Assert.That(plan.Steps.OfType<RollbackSkill>().Single(), Is.EqualTo(new RollbackSkill("1", "the release before")));
        Assert.That(plan.Notes.Single(), Does.Contain("skill version 1 (no message)"));
    }

    [Test]
    public void Rollback_AfterACertifiedRelease_WhenSmapiListsNoLiveVersion_Refuses()
    {
        // Given no skill version marked live
        var state = CertifiedOnGreen().Build();
        state = state with { SkillVersions = [state.SkillVersions[0]] };

        // When
        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(state, new Rollback()));

        // Then
        Assert.That(refusal!.Message, Does.StartWith("SMAPI lists no live skill version, so the certified release before v1.1.0 cannot be found"));
    }

    [Test]
    public void Rollback_OfAnUntaggedCertifiedRelease_NamesItByItsAlias()
    {
        // Given green live by certification without a release in its description
        var state = CertifiedOnGreen().Build();
        state = state with { Aliases = [state.Alias("blue")!, state.Alias("green")! with { Description = state.Alias("green")!.Description with { Release = null } }] };

        // When
        var plan = ReleasePlanner.Plan(state, new Rollback());

        // Then
        Assert.That(plan.Notes.Single(), Does.StartWith("the release on alias green went live by certification on alias green"));
    }

    [Test]
    public void Rollback_AfterACertifiedRelease_WhileAnUntaggedCutIsInFlight_RefusesNamingItUnknown()
    {
        // Given blue cut without a release name, the development endpoint on it
        var state = CertifiedOnGreen("previous=2 cut=2026-11-25T10:00:00Z", blueVersion: "3").WithDevelopment(StateBuilder.Arn("blue")).Build();

        // When
        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(state, new Rollback()));

        // Then
        Assert.That(refusal!.Message, Does.StartWith("Release (unknown) is in flight on alias blue, which the release before v1.1.0 ran on"));
    }

    private static SkillVersion Skill(string version, string message, string status) =>
        new() { Version = version, Message = message, Submissions = [new VersionSubmission { Status = status, SubmissionTime = StateBuilder.Now }] };
}
