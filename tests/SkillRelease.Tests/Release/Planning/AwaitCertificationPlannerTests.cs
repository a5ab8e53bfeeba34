using SkillRelease.GitHub;
using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Release.Support;

namespace SkillRelease.Tests.Release.Planning;

public sealed class AwaitCertificationPlannerTests
{
    private static readonly AwaitCertification Await = new(Publish: false, StateBuilder.Now);

    private static StateBuilder InReviewOnBlue(string status) => new StateBuilder().WithVersion("1", "CODE-A")
        .WithAlias("blue", "1", "release=v1.0.0").WithDevelopment(StateBuilder.Arn("blue")).WithCertification(status, "The skill does not respond to 'help'.");

    [Test]
    public void Await_WithNothingSubmitted_IsQuiet()
    {
        var plan = ReleasePlanner.Plan(new StateBuilder().Build(), Await);

        Assert.That(plan.IsEmpty, Is.True);
        Assert.That(plan.FailureAfterApply, Is.Null);
    }

    [Test]
    public void Await_InReview_PrintsStatusAndAgeAndDoesNothing()
    {
        var plan = ReleasePlanner.Plan(InReviewOnBlue(UpdateStatuses.InProgress).Build(), Await);

        Assert.That(plan.IsEmpty, Is.True);
        Assert.That(plan.Notes.Single(), Does.Contain("v1.0.0 is in certification since 2026-11-24 12:00 UTC (2 days ago)"));
    }

    [Test]
    public void Await_WhenLive_RecordsThenRevertsTheDevelopmentEndpointLast()
    {
        var state = InReviewOnBlue(UpdateStatuses.Succeeded).WithLive(StateBuilder.Arn("blue")).Build();

        var plan = ReleasePlanner.Plan(state, Await);

        Assert.That(plan.Steps.Select(s => s.GetType()), Is.EqualTo(new[] { typeof(UpdateDevelopmentManifest), typeof(WaitForSkillBuild) }));
        Assert.That(plan.Records.Select(r => r.What), Is.EqualTo(new[] { "deployment of v1.0.0 to alexa-certification: success", "deployment of v1.0.0 to alexa-live: success" }));
        Assert.That(ManifestEndpoint.Get(plan.Steps.OfType<UpdateDevelopmentManifest>().Single().Envelope), Is.EqualTo(StateBuilder.FunctionArn));
        Assert.That(plan.Notes.Single(), Does.Contain("blue is now the live alias and green the candidate"));
        Assert.That(plan.FailureAfterApply, Is.Null);
    }

    [Test]
    public void Await_WhenCertifiedForManualPublishing_SaysSoAndPublishesOnlyWhenAsked()
    {
        var state = InReviewOnBlue(UpdateStatuses.Succeeded).WithCertified(StateBuilder.Arn("blue")).Build();

        var waiting = ReleasePlanner.Plan(state, Await);
        var publishing = ReleasePlanner.Plan(state, Await with { Publish = true });

        Assert.That(waiting.IsEmpty, Is.True);
        Assert.That(waiting.Notes.Single(), Does.Contain("awaits manual publishing").And.Contain("run await-certification asking it to publish"));
        Assert.That(publishing.Steps.Single(), Is.TypeOf<PublishCertifiedSkill>());
    }

    [Test]
    public void Await_WhenFailed_OpensTheIssueQuotingFeedbackRevertsAndEndsRed()
    {
        var plan = ReleasePlanner.Plan(InReviewOnBlue(UpdateStatuses.Failed).Build(), Await);

        Assert.That(plan.Steps.Select(s => s.GetType()), Is.EqualTo(new[] { typeof(UpdateDevelopmentManifest), typeof(WaitForSkillBuild) }));
        Assert.That(plan.Records[0].Description, Does.Contain("Certification failed: v1.0.0"));
        Assert.That(plan.Records[1].What, Is.EqualTo("deployment of v1.0.0 to alexa-certification: failure"));
        Assert.That(plan.FailureAfterApply, Does.Contain("Certification of v1.0.0 failed: The skill does not respond to 'help'.").And.Contain("reuse alias blue"));
    }

    [Test]
    public void Await_AfterAFailureWasHandled_IsQuietAndGreen()
    {
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0").WithCertification(UpdateStatuses.Failed).Build();

        var plan = ReleasePlanner.Plan(state, Await);

        Assert.That(plan.IsEmpty, Is.True);
        Assert.That(plan.FailureAfterApply, Is.Null);
        Assert.That(plan.Notes.Single(), Does.Contain("has been handled already"));
    }

    [Test]
    public void Await_WithNothingSubmitted_SaysThereIsNothingToWaitFor()
    {
        // Given no certification at all
        // When
        var plan = ReleasePlanner.Plan(new StateBuilder().Build(), Await);

        // Then the plan is titled by the task and says why it is quiet
        Assert.That(plan.Title, Is.EqualTo(Await.Name));
        Assert.That(plan.Notes.Single(), Does.StartWith("No certification has been submitted yet"));
    }

    [Test]
    public void Await_WhenACutWithoutATagWasNotSubmitted_SaysARelease()
    {
        // Given an alias cut (after the last review) whose description names no release
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "cut=2026-11-26T11:00:00Z")
            .WithDevelopment(StateBuilder.Arn("blue")).WithCertification(UpdateStatuses.Succeeded).Build();

        // When
        var plan = ReleasePlanner.Plan(state, Await);

        // Then the sentence still reads
        Assert.That(plan.Notes.Single(), Does.StartWith("a release is cut onto alias blue but not submitted yet"));
    }

    [Test]
    public void Await_InReviewOfAKnownTag_RecordsTheTagInCertification()
    {
        // Given v1.0.0 in review
        // When
        var plan = ReleasePlanner.Plan(InReviewOnBlue(UpdateStatuses.InProgress).Build(), Await);

        // Then GitHub shows it submitted
        Assert.That(plan.Title, Is.EqualTo(Await.Name));
        Assert.That(RecordingLedger.Of(plan).Deployments, Is.EqualTo(new[]
        {
            new DeploymentRecord(DeploymentEnvironments.Certification, "v1.0.0", DeploymentStates.InProgress, "v1.0.0 submitted for certification"),
        }));
    }

    [Test]
    public void Await_InReviewOfAnUnknownRelease_SaysARelease_AndRecordsNothing()
    {
        // Given a review in progress while no alias names a release (submitted from the console)
        var state = new StateBuilder().WithCertification(UpdateStatuses.InProgress).Build();

        // When
        var plan = ReleasePlanner.Plan(state, Await);

        // Then no deployment names a tag nobody knows
        Assert.That(plan.Notes.Single(), Does.StartWith("a release is in certification since"));
        Assert.That(plan.Records, Is.Empty);
    }

    [Test]
    public void Await_WhenLive_RecordsCertificationAndLiveOnTheAlias()
    {
        // Given v1.0.0 certified and live on blue
        var state = InReviewOnBlue(UpdateStatuses.Succeeded).WithLive(StateBuilder.Arn("blue")).Build();

        // When
        var plan = ReleasePlanner.Plan(state, Await);

        // Then
        Assert.That(plan.Title, Is.EqualTo(Await.Name));
        Assert.That(plan.Notes.Single(), Does.StartWith("v1.0.0 passed certification and is live on alias blue"));
        Assert.That(RecordingLedger.Of(plan).Deployments.Select(d => d.Description), Is.EqualTo(new[] { "v1.0.0 passed certification", "v1.0.0 is live on alias blue" }));
        Assert.That(plan.Steps.OfType<UpdateDevelopmentManifest>().Single().Why, Is.EqualTo("endpoint → $LATEST (the unqualified function ARN)"));
        var build = plan.Steps.OfType<WaitForSkillBuild>().Single();
        Assert.That((build.Manifest, build.Locales.Count), Is.EqualTo((true, 0)), "only the manifest was written");
    }

    [Test]
    public void Await_WhenAnUntaggedReleaseWentLive_SaysTheRelease()
    {
        // Given a live alias whose description names no release
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1").WithDevelopment(StateBuilder.Arn("blue"))
            .WithCertification(UpdateStatuses.Succeeded).WithLive(StateBuilder.Arn("blue")).Build();

        // When
        var plan = ReleasePlanner.Plan(state, Await);

        // Then
        Assert.That(plan.Notes.Single(), Does.StartWith("the release passed certification and is live on alias blue"));
    }

    [Test]
    public void Await_AfterTheReleaseWasFinished_SaysWhichOneAndRecordsItAgain()
    {
        // Given v1.0.0, cut onto blue before its review, certified and live; the development endpoint back on $LATEST
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0 cut=2026-11-20T10:00:00Z")
            .WithCertification(UpdateStatuses.Succeeded).WithLive(StateBuilder.Arn("blue")).Build();

        // When
        var plan = ReleasePlanner.Plan(state, Await);

        // Then the note names the release and the alias, and the records are written again if they went missing
        Assert.That(plan.IsEmpty, Is.True);
        Assert.That(plan.Notes.Single(), Is.EqualTo("The last certification (v1.0.0) succeeded and has been finished: live runs alias blue."));
        Assert.That(plan.Records.Select(r => r.What), Is.EqualTo(new[] { "deployment of v1.0.0 to alexa-certification: success", "deployment of v1.0.0 to alexa-live: success" }));
    }

    [Test]
    public void Await_AfterASuccessWhenLiveWasCutSinceTheReview_NamesNoReleaseAndRecordsNothing()
    {
        // Given the live alias cut after the latest review (which therefore reviewed an earlier release)
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0 cut=2026-11-26T10:00:00Z")
            .WithCertification(UpdateStatuses.Succeeded).WithLive(StateBuilder.Arn("blue")).Build();

        // When
        var plan = ReleasePlanner.Plan(state, Await);

        // Then
        Assert.That(plan.Notes.Single(), Is.EqualTo("The last certification (of an earlier release) succeeded and has been finished: live runs alias blue."));
        Assert.That(plan.Records, Is.Empty);
    }

    [Test]
    public void Await_AfterASuccessWithNothingLiveOnTheAliases_SaysNone()
    {
        // Given a succeeded review, no release alias and no live stage
        var state = new StateBuilder().WithCertification(UpdateStatuses.Succeeded).Build();

        // When
        var plan = ReleasePlanner.Plan(state, Await);

        // Then
        Assert.That(plan.Notes.Single(), Does.Contain("(of an earlier release)").And.EndWith("live runs alias (none)."));
        Assert.That(plan.Records, Is.Empty);
    }

    [TestCase("SCHEDULED")]
    [TestCase(UpdateStatuses.InProgress)]
    public void Await_WhilePublishing_SaysWhenAndWhichAliasFinishesIt(string status)
    {
        // Given a certified v1.0.0 being published
        var state = InReviewOnBlue(UpdateStatuses.Succeeded).WithCertified(StateBuilder.Arn("blue")).Build() with
        {
            LatestPublication = new Publication(status, new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.Zero)),
        };

        // When
        var plan = ReleasePlanner.Plan(state, Await with { Publish = true });

        // Then nothing is published twice, and the note says when
        Assert.That(plan.IsEmpty, Is.True);
        Assert.That(plan.Notes.Single(), Does.StartWith($"v1.0.0 is certified and being published to live ({status}, for 2026-11-27 09:30 UTC).")
            .And.EndWith("once the live stage names alias blue."));
    }

    [Test]
    public void Await_WhilePublishingWithoutADate_SaysOnlyTheStatus()
    {
        // Given a publication without a date
        var state = InReviewOnBlue(UpdateStatuses.Succeeded).Build() with { LatestPublication = new Publication(UpdateStatuses.InProgress, null) };

        // When
        var plan = ReleasePlanner.Plan(state, Await);

        // Then
        Assert.That(plan.Notes.Single(), Does.Contain($"being published to live ({UpdateStatuses.InProgress})."));
    }

    [Test]
    public void Await_WhenOnlyTheSummarySaysCertified_PublishesWhenAsked()
    {
        // Given the skill list's CERTIFIED status, the certified stage not read
        var state = InReviewOnBlue(UpdateStatuses.Succeeded).Build() with
        {
            Summaries = [new SkillSummary { SkillId = StateBuilder.SkillId, Stage = Stages.Certified, PublicationStatus = "CERTIFIED" }],
        };

        // When
        var waiting = ReleasePlanner.Plan(state, Await);
        var publishing = ReleasePlanner.Plan(state, Await with { Publish = true });

        // Then
        Assert.That(waiting.Notes.Single(), Is.EqualTo("v1.0.0 passed certification and awaits manual publishing: run await-certification asking it to publish (or publish in the developer console)."));
        Assert.That(publishing.Title, Is.EqualTo(Await.Name));
        Assert.That(publishing.Steps.Single(), Is.TypeOf<PublishCertifiedSkill>());
        Assert.That(publishing.Notes.Single(), Is.EqualTo("v1.0.0 is certified; publishing it to live now. Run await-certification again to finish once it is live."));
    }

    [Test]
    public void Await_WhenOnlyTheCertifiedStageIsRead_AwaitsManualPublishing()
    {
        // Given the certified stage but no CERTIFIED summary
        var state = InReviewOnBlue(UpdateStatuses.Succeeded).WithCertified(StateBuilder.Arn("blue")).Build() with { Summaries = [] };

        // When
        var plan = ReleasePlanner.Plan(state, Await);

        // Then
        Assert.That(plan.Notes.Single(), Does.Contain("awaits manual publishing"));
    }

    [Test]
    public void Await_WhenPassedAndNotYetCertifiedOrLive_SaysAmazonIsPublishing()
    {
        // Given a passed review, published automatically, not live yet
        // When
        var plan = ReleasePlanner.Plan(InReviewOnBlue(UpdateStatuses.Succeeded).Build(), Await with { Publish = true });

        // Then nothing is published by us
        Assert.That(plan.IsEmpty, Is.True);
        Assert.That(plan.Notes.Single(), Is.EqualTo("v1.0.0 passed certification; Amazon is publishing it to live. The next run finishes the release once the live stage names alias blue."));
    }

    [Test]
    public void Await_WhenFailed_WritesTheIssueAndTheFailedDeploymentGitHubShows()
    {
        // Given v1.0.0 failed with two lines of feedback
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0")
            .WithDevelopment(StateBuilder.Arn("blue")).WithCertification(UpdateStatuses.Failed, "No help.\nNo stop.").Build();

        // When
        var plan = ReleasePlanner.Plan(state, Await);

        // Then the issue quotes every line of the feedback and says what to do
        var ledger = RecordingLedger.Of(plan);
        Assert.That(plan.Title, Is.EqualTo(Await.Name));
        Assert.That(ledger.Issues.Single().Title, Is.EqualTo("Certification failed: v1.0.0"));
        Assert.That(ledger.Issues.Single().Body, Does.StartWith("Alexa certification cert-1 of v1.0.0 failed.")
            .And.Contain("> No help.\n> No stop.")
            .And.Contain("cut-release reuses alias `blue`"));
        Assert.That(ledger.Deployments.Single().Description, Is.EqualTo("v1.0.0 failed certification"));
    }

    [Test]
    public void Await_WhenWithdrawn_SaysCancelledWithoutFeedback()
    {
        // Given an untagged cut on blue withdrawn without reviewer feedback
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1")
            .WithDevelopment(StateBuilder.Arn("blue")).WithCertification(UpdateStatuses.Cancelled).Build();

        // When
        var plan = ReleasePlanner.Plan(state, Await);

        // Then the run ends red saying what happened and where the reasons are
        Assert.That(plan.FailureAfterApply, Does.StartWith("Certification of the release was withdrawn (cancelled): SMAPI returned no reviewer feedback; see the certification email"));
        Assert.That(RecordingLedger.Of(plan).Issues.Single().Title, Is.EqualTo("Certification was withdrawn (cancelled): the release"));
    }

    [Test]
    public void Await_AfterAFailureWasHandled_NamesTheReviewedReleaseAndRecordsItAgain()
    {
        // Given v1.0.0 cut onto the candidate blue before its failed review, the development endpoint back on $LATEST
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0 cut=2026-11-20T10:00:00Z")
            .WithCertification(UpdateStatuses.Failed).Build();

        // When
        var plan = ReleasePlanner.Plan(state, Await);

        // Then
        Assert.That(plan.Notes.Single(), Does.StartWith("The last certification (v1.0.0) failed; that has been handled already"));
        Assert.That(plan.Records.Select(r => r.What), Is.EqualTo(new[] { "issue \"Certification failed: v1.0.0\"", "deployment of v1.0.0 to alexa-certification: failure" }));
    }

    [Test]
    public void Await_AfterAFailureOfAnEarlierRelease_NamesNoneAndRecordsNothing()
    {
        // Given the candidate cut after the failed review
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0 cut=2026-11-26T10:00:00Z")
            .WithCertification(UpdateStatuses.Failed).Build();

        // When
        var plan = ReleasePlanner.Plan(state, Await);

        // Then
        Assert.That(plan.Notes.Single(), Does.StartWith("The last certification (of an earlier release) failed;"));
        Assert.That(plan.Records, Is.Empty);
    }
}
