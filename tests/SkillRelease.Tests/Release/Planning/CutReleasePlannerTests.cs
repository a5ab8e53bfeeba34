using SkillRelease.GitHub;
using SkillRelease.Lambda.Model;
using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Release.Support;

namespace SkillRelease.Tests.Release.Planning;

public sealed class CutReleasePlannerTests
{
    private static CutRelease Cut(string tag = "v1.0.0", string sha = "CODE-A") =>
        new(ReleaseTag.Parse(tag), StateBuilder.Code(sha), StateBuilder.Package(), PublicationMethods.Auto, StateBuilder.Now);

    [Test]
    public void CutRelease_OnAFirstRelease_PublishesCreatesBlueGrantsTheTriggerThenPointsDevelopmentValidatesAndSubmits()
    {
        var plan = ReleasePlanner.Plan(new StateBuilder().Build(), Cut());

        var kinds = plan.Steps.Where(s => s.WritesToSkill || s is ValidateSkill).Select(s => s.GetType());
        Assert.That(kinds, Is.EqualTo(new[] { typeof(PublishVersion), typeof(PointAlias), typeof(GrantAlexaTrigger), typeof(UpdateDevelopmentManifest), typeof(ValidateSkill), typeof(SubmitForCertification) }));
        var alias = plan.Steps.OfType<PointAlias>().Single();
        Assert.That((alias.Alias, alias.Create, alias.Version), Is.EqualTo(("blue", true, VersionChoice.JustPublished)));
        Assert.That(alias.AliasDescription, Is.EqualTo("release=v1.0.0 cut=2026-11-26T12:00:00Z"));
        var manifest = plan.Steps.OfType<UpdateDevelopmentManifest>().Single();
        Assert.That(ManifestEndpoint.Get(manifest.Envelope), Is.EqualTo(StateBuilder.Arn("blue")));
        Assert.That(manifest.ETag, Is.EqualTo("development-manifest-etag"));
        Assert.That(plan.Steps.OfType<SubmitForCertification>().Single().Tag, Is.EqualTo("v1.0.0"));
        Assert.That(plan.Steps.OfType<PublishVersion>().Single().VersionDescription, Is.EqualTo("v1.0.0 2026-11-26 0123456"));
    }

    [Test]
    public void CutRelease_WhenLatestHoldsOtherCode_UploadsAndWaitsBeforePublishing()
    {
        var plan = ReleasePlanner.Plan(new StateBuilder().WithLatest("OLD").Build(), Cut());

        Assert.That(plan.Steps.Take(3).Select(s => s.GetType()), Is.EqualTo(new[] { typeof(UploadCode), typeof(WaitForCodeUpdate), typeof(PublishVersion) }));
        Assert.That(plan.Steps.OfType<PublishVersion>().Single().RevisionId, Is.Null, "the upload changes the RevisionId, so only the CodeSha256 guard applies");
    }

    [Test]
    public void CutRelease_WhenLiveIsBlue_UsesGreenAndRecordsTheLiveVersionAsPrevious()
    {
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0").WithLive(StateBuilder.Arn("blue")).Build();

        var plan = ReleasePlanner.Plan(state, Cut("v1.1.0"));

        var alias = plan.Steps.OfType<PointAlias>().Single();
        Assert.That((alias.Alias, alias.Create, alias.Version.Number), Is.EqualTo(("green", true, "1")));
        Assert.That(alias.AliasDescription, Is.EqualTo("release=v1.1.0 previous=1 cut=2026-11-26T12:00:00Z"));
        Assert.That(plan.Steps.OfType<PublishVersion>(), Is.Empty, "the code is already published as version 1");
    }

    [Test]
    public void CutRelease_WhenAnotherReleaseIsInCertification_RefusesAndNamesTheReleaseAndSince()
    {
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0")
            .WithDevelopment(StateBuilder.Arn("blue")).WithCertification(UpdateStatuses.InProgress).Build();

        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(state, Cut("v1.1.0")));

        Assert.That(refusal!.Message, Does.Contain("v1.0.0 is in certification since 2026-11-24 12:00 UTC (2 days ago)"));
    }

    [Test]
    public void CutRelease_WhenTheSameTagIsInCertification_HasNothingToDo()
    {
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0")
            .WithDevelopment(StateBuilder.Arn("blue")).WithCertification(UpdateStatuses.InProgress).Build();

        var plan = ReleasePlanner.Plan(state, Cut("v1.0.0"));

        Assert.That(plan.IsEmpty, Is.True);
        Assert.That(plan.Notes.Single(), Does.Contain("already in certification"));
    }

    [Test]
    public void CutRelease_WhenAnUnfinishedReleaseHoldsTheDevelopmentEndpoint_RefusesAnotherTag()
    {
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0").WithDevelopment(StateBuilder.Arn("blue")).Build();

        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(state, Cut("v2.0.0")));

        Assert.That(refusal!.Message, Does.Contain("Release v1.0.0 is in flight").And.Contain("cut-release for v1.0.0 resumes it"));
    }

    [Test]
    public void CutRelease_ResumedAfterACrashBeforeSubmitting_OnlyValidatesAndSubmits()
    {
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0 cut=2026-11-26T11:00:00Z").WithDevelopment(StateBuilder.Arn("blue")).Build();

        var plan = ReleasePlanner.Plan(state, Cut("v1.0.0"));

        Assert.That(plan.Steps.Select(s => s.GetType()), Is.EqualTo(new[] { typeof(ValidateSkill), typeof(SubmitForCertification) }));
    }

    [Test]
    public void CutRelease_AfterAFailedCertification_ReusesTheSameCandidateAlias()
    {
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithVersion("2", "CODE-B")
            .WithAlias("blue", "1", "release=v1.0.0").WithAlias("green", "2", "release=v1.1.0 previous=1")
            .WithLive(StateBuilder.Arn("blue")).WithCertification(UpdateStatuses.Failed).Build();

        var plan = ReleasePlanner.Plan(state, Cut("v1.1.1", "CODE-C"));

        var alias = plan.Steps.OfType<PointAlias>().Single();
        Assert.That((alias.Alias, alias.Create, alias.RevisionId), Is.EqualTo(("green", false, "green-rev")));
        Assert.That(plan.Steps.OfType<GrantAlexaTrigger>(), Is.Empty, "green already has its trigger");
    }

    [Test]
    public void CutRelease_WhileAnotherTagIsBeingCutOntoTheCandidate_RefusesUntilTheLeaseExpires()
    {
        StateBuilder Cutting(DateTimeOffset at) => new StateBuilder().WithVersion("1", "CODE-A")
            .WithAlias("blue", "1", new SkillRelease.Release.State.AliasDescription("v1.0.0", Cut: at).ToString());

        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(Cutting(StateBuilder.Now.AddMinutes(-5)).Build(), Cut("v2.0.0")));
        var takenOver = ReleasePlanner.Plan(Cutting(StateBuilder.Now.AddHours(-1)).Build(), Cut("v2.0.0"));
        var resumed = ReleasePlanner.Plan(Cutting(StateBuilder.Now.AddMinutes(-5)).Build(), Cut("v1.0.0"));

        Assert.That(refusal!.Message, Does.Contain("Release v1.0.0 is being cut right now (started 11:55:00 UTC on alias blue)"));
        Assert.That(takenOver.Steps.OfType<PointAlias>().Single().AliasDescription, Does.StartWith("release=v2.0.0"));
        Assert.That(resumed.Steps.OfType<SubmitForCertification>(), Has.Exactly(1).Items);
    }

    [Test]
    public void CutRelease_AfterTheCandidatesCertificationEnded_IsNotHeldByItsLease()
    {
        var state = new StateBuilder().WithVersion("1", "CODE-A")
            .WithAlias("blue", "1", new SkillRelease.Release.State.AliasDescription("v1.0.0", Cut: StateBuilder.Now.AddDays(-3)).ToString())
            .WithCertification(UpdateStatuses.Failed).Build();

        Assert.That(ReleasePlanner.Plan(state, Cut("v1.0.1")).Steps.OfType<PointAlias>().Single().Alias, Is.EqualTo("blue"));
    }

    [Test]
    public void CutRelease_WhileLambdaStillAppliesTheUpload_WaitsAndGuardsThePublishByCodeOnly()
    {
        var plan = ReleasePlanner.Plan(new StateBuilder().WithLatest("CODE-A", LastUpdateStatuses.InProgress).Build(), Cut());

        Assert.That(plan.Steps.Take(2).Select(s => s.GetType()), Is.EqualTo(new[] { typeof(WaitForCodeUpdate), typeof(PublishVersion) }));
        var publish = plan.Steps.OfType<PublishVersion>().Single();
        Assert.That((publish.CodeSha256, publish.RevisionId), Is.EqualTo(("CODE-A", (string?)null)), "the finished update changes $LATEST's RevisionId");
    }

    [Test]
    public void CutRelease_OnAFirstRelease_SaysSoAndRecordsTheSubmissionAndTheReleaseNote()
    {
        // Given nothing live
        // When v1.0.0 is cut
        var plan = ReleasePlanner.Plan(new StateBuilder().Build(), Cut());

        // Then
        var ledger = RecordingLedger.Of(plan);
        Assert.That(plan.Title, Is.EqualTo(Cut().Name));
        Assert.That(plan.Notes.Single(), Is.EqualTo("candidate alias: blue (first release: nothing is live yet)"));
        Assert.That(ledger.Deployments.Single(), Is.EqualTo(new DeploymentRecord(DeploymentEnvironments.Certification, "v1.0.0", DeploymentStates.InProgress, "v1.0.0 submitted for certification on alias blue")));
        Assert.That(ledger.ReleaseNotes.Single(), Is.EqualTo(("v1.0.0", "Boston Info v1.0.0", "Submitted for Alexa certification on 2026-11-26 from commit 0123456. Candidate alias: blue. Code: CODE-A.")));
    }

    [Test]
    public void CutRelease_WhenLiveIsBlue_NamesTheLiveAliasAndVersion()
    {
        // Given v1.0.0 live on blue (version 1)
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0").WithLive(StateBuilder.Arn("blue")).Build();

        // When v1.1.0 is cut
        var plan = ReleasePlanner.Plan(state, Cut("v1.1.0", "CODE-B"));

        // Then
        Assert.That(plan.Notes.Single(), Is.EqualTo("candidate alias: green (live is blue on version 1)"));
    }

    [Test]
    public void CutRelease_ForTheLiveTagOnAnAliasCutBeforeCutTimesWereRecorded_SaysItIsLive()
    {
        // Given v1.0.0 live on blue, whose description has no cut time
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0").WithLive(StateBuilder.Arn("blue")).Build();

        // When v1.0.0 is cut again
        var plan = ReleasePlanner.Plan(state, Cut());

        // Then
        Assert.That(plan.Title, Is.EqualTo(Cut().Name));
        Assert.That(plan.IsEmpty, Is.True);
        Assert.That(plan.Notes.Single(), Is.EqualTo("v1.0.0 is live on alias blue (version 1): nothing to cut. A new release needs a new tag."));
    }

    [Test]
    public void CutRelease_WhileAReviewOfAnUnknownReleaseRuns_RefusesSayingARelease()
    {
        // Given a review in progress that no alias names (submitted from the console)
        var state = new StateBuilder().WithCertification(UpdateStatuses.InProgress).Build();

        // When
        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(state, Cut()));

        // Then
        Assert.That(refusal!.Message, Does.StartWith("a release is in certification since 2026-11-24 12:00 UTC (2 days ago): v1.0.0 can be cut once await-certification has finished it"));
    }

    [Test]
    public void CutRelease_WhileAnUntaggedCutHoldsTheDevelopmentEndpoint_RefusesNamingItUnknown()
    {
        // Given the development endpoint on an alias whose description names no release
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1").WithDevelopment(StateBuilder.Arn("blue")).Build();

        // When
        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(state, Cut()));

        // Then
        Assert.That(refusal!.Message, Does.StartWith("Release (unknown) is in flight: the development endpoint points at alias blue."));
    }
}
