using SkillRelease.Lambda.Model;
using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Release.State;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Release.Support;

namespace SkillRelease.Tests.Release.Planning;

/// <summary>
/// States the real services produce and the first suites never did (issue 11): a stale review, a failed $LATEST, a
/// statement id taken by another skill, a tag re-run after its review, ledger records lost with a response.
/// </summary>
public sealed class RealWorldPlannerTests
{
    private const string CutAnHourAgo = "cut=2026-11-26T11:00:00Z";
    private static readonly AwaitCertification Await = new(Publish: false, StateBuilder.Now);

    private static CutRelease Cut(string tag, string sha = "CODE-B") =>
        new(ReleaseTag.Parse(tag), StateBuilder.Code(sha), StateBuilder.Package(), PublicationMethods.Auto, StateBuilder.Now);

    /// <summary>v1.0.0 live on blue; green carries <paramref name="greenRelease"/>, cut an hour ago; the latest review is two days old.</summary>
    private static StateBuilder LiveOnBlueWithGreenCut(string greenRelease, string reviewStatus, bool developmentOnGreen) =>
        new StateBuilder().WithLatest("CODE-B").WithVersion("1", "CODE-A").WithVersion("2", "CODE-B")
            .WithAlias("blue", "1", "release=v1.0.0").WithAlias("green", "2", $"release={greenRelease} previous=1 {CutAnHourAgo}")
            .WithLive(StateBuilder.Arn("blue"))
            .WithDevelopment(developmentOnGreen ? StateBuilder.Arn("green") : StateBuilder.FunctionArn)
            .WithCertification(reviewStatus, "v1.1.0's feedback");

    // Defect 2: a review submitted before the candidate was cut belongs to an earlier release.
    [TestCase(UpdateStatuses.Failed)]
    [TestCase(UpdateStatuses.Succeeded)]
    [TestCase(UpdateStatuses.Cancelled)]
    public void Await_WhenTheLatestReviewPredatesTheCandidatesCut_LeavesTheEndpointAndReportsNothing(string staleStatus)
    {
        // Given v1.2.0 cut onto green an hour ago, stopped before submitting; the latest review (two days old) was v1.1.0's
        var state = LiveOnBlueWithGreenCut("v1.2.0", staleStatus, developmentOnGreen: true).Build();

        // When
        var plan = ReleasePlanner.Plan(state, Await);

        // Then nothing moves, nothing is recorded, the run is green
        Assert.That(plan.Steps, Is.Empty);
        Assert.That(plan.Records, Is.Empty);
        Assert.That(plan.FailureAfterApply, Is.Null);
        Assert.That(plan.Notes.Single(), Does.Contain("v1.2.0 is cut onto alias green but not submitted yet").And.Contain("cut-release for v1.2.0"));
    }

    [Test]
    public void CutRelease_ResumingAfterAStaleFailedReview_SubmitsWithTheCandidateEndpointAsItsPrecondition()
    {
        // Given the same stopped cut of v1.2.0
        var state = LiveOnBlueWithGreenCut("v1.2.0", UpdateStatuses.Failed, developmentOnGreen: true).Build();

        // When it is resumed
        var plan = ReleasePlanner.Plan(state, Cut("v1.2.0"));

        // Then it submits, and the submit re-checks that the development endpoint is still the candidate
        var submit = plan.Steps.OfType<SubmitForCertification>().Single();
        Assert.That(submit.CandidateEndpoint, Is.EqualTo(StateBuilder.Arn("green")));
        Assert.That(submit.CutAt, Is.EqualTo(StateBuilder.Now.AddHours(-1)), "the cut time of the first attempt");
    }

    // Defect 4: a failed update of $LATEST does not count as uploaded.
    [Test]
    public void DeployLatest_WhenLatestFailedWithTheSameCode_UploadsAgain()
    {
        var state = new StateBuilder().WithLatest("CODE-A", LastUpdateStatuses.Failed).Build();

        var plan = ReleasePlanner.Plan(state, new DeployLatest(StateBuilder.Code("CODE-A"), StateBuilder.Package()));

        Assert.That(plan.Steps.Select(s => s.GetType()), Is.EqualTo(new[] { typeof(UploadCode), typeof(WaitForCodeUpdate) }));
    }

    [Test]
    public void CutRelease_WhenLatestFailedWithTheSameCode_UploadsBeforePublishingAndPublishesOnlyTheNewUpload()
    {
        var state = new StateBuilder().WithLatest("CODE-B", LastUpdateStatuses.Failed).Build();

        var plan = ReleasePlanner.Plan(state, Cut("v1.0.0"));

        Assert.That(plan.Steps.Take(3).Select(s => s.GetType()), Is.EqualTo(new[] { typeof(UploadCode), typeof(WaitForCodeUpdate), typeof(PublishVersion) }));
        Assert.That(plan.Steps.OfType<PublishVersion>().Single().RevisionId, Is.Null, "the failed update's RevisionId is replaced by the upload");
    }

    // Defect 7: a statement id taken by another skill.
    [Test]
    public void CutRelease_WhenTheTriggerStatementIdBelongsToAnotherSkill_RefusesAndSaysHowToFreeIt()
    {
        // Given green's policy holds alexa-skill-green for another skill
        var built = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0").WithLive(StateBuilder.Arn("blue"))
            .WithAlias("green", "1", "release=v0.9.0", alexaCanInvoke: false).Build();
        var state = built with { Aliases = built.Aliases.Select(a => a.Name == "green" ? a with { ForeignTriggerToken = "amzn1.ask.skill.other" } : a).ToList() };

        // When
        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(state, Cut("v1.1.0")));

        // Then the sentence names the statement, the other skill and the command that frees it
        Assert.That(refusal!.Message, Does.Contain("statement alexa-skill-green for amzn1.ask.skill.other")
            .And.Contain("Lambda's RemovePermission").And.Contain("qualifier green, statement id alexa-skill-green"));
    }

    // Defect 10: a tag whose review ended is not cut again.
    [TestCase(UpdateStatuses.Failed, "failed certification", true)]
    [TestCase(UpdateStatuses.Failed, "failed certification", false)]
    [TestCase(UpdateStatuses.Cancelled, "was withdrawn from certification", false)]
    [TestCase(UpdateStatuses.Succeeded, "passed certification", true)]
    [TestCase(UpdateStatuses.InProgress, "already in certification", true)]
    public void CutRelease_AgainForATagWhoseReviewWasSubmitted_SaysWhereItStandsAndChangesNothing(string status, string says, bool developmentOnGreen)
    {
        // Given v1.1.0 cut onto green an hour ago and submitted after the cut
        var built = LiveOnBlueWithGreenCut("v1.1.0", status, developmentOnGreen).Build();
        var state = built with { LatestCertification = built.LatestCertification! with { SkillSubmissionTimestamp = StateBuilder.Now.AddMinutes(-50) } };

        // When
        var plan = ReleasePlanner.Plan(state, Cut("v1.1.0"));

        // Then
        Assert.That(plan.Steps, Is.Empty);
        Assert.That(plan.Notes.Single(), Does.Contain($"v1.1.0 {(status == UpdateStatuses.InProgress ? "is " : "")}{says}"));
    }

    [Test]
    public void CutRelease_AgainForTheLiveTag_SaysItIsLiveAndChangesNothing()
    {
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", $"release=v1.0.0 {CutAnHourAgo}")
            .WithLive(StateBuilder.Arn("blue")).WithCertification(UpdateStatuses.Succeeded).Build();

        var plan = ReleasePlanner.Plan(state, Cut("v1.0.0", "CODE-A"));

        Assert.That(plan.Steps, Is.Empty);
        Assert.That(plan.Notes.Single(), Does.Contain("v1.0.0 is live on alias blue"));
    }

    // Defect 11: the ledger is reconciled from the state on every run.
    [Test]
    public void CutRelease_WhileItsReviewRuns_StillPlansItsLedgerRecords()
    {
        var built = LiveOnBlueWithGreenCut("v1.1.0", UpdateStatuses.InProgress, developmentOnGreen: true).Build();
        var state = built with { LatestCertification = built.LatestCertification! with { SkillSubmissionTimestamp = StateBuilder.Now.AddMinutes(-50) } };

        var plan = ReleasePlanner.Plan(state, Cut("v1.1.0"));

        Assert.That(plan.Records.Select(r => r.What), Is.EqualTo(new[] { "deployment of v1.1.0 to alexa-certification: in_progress", "release note for v1.1.0" }));
    }

    [Test]
    public void Await_AfterAFailureWasHandled_StillPlansTheIssueAndTheFailureStatus()
    {
        var built = LiveOnBlueWithGreenCut("v1.1.0", UpdateStatuses.Failed, developmentOnGreen: false).Build();
        var state = built with { LatestCertification = built.LatestCertification! with { SkillSubmissionTimestamp = StateBuilder.Now.AddMinutes(-50) } };

        var plan = ReleasePlanner.Plan(state, Await);

        Assert.That(plan.Steps, Is.Empty);
        Assert.That(plan.FailureAfterApply, Is.Null, "the run that reverted the endpoint was the red one");
        Assert.That(plan.Records.Select(r => r.What), Is.EqualTo(new[] { "issue \"Certification failed: v1.1.0\"", "deployment of v1.1.0 to alexa-certification: failure" }));
    }

    [Test]
    public void DeployLatest_WithNothingToDo_StillPlansTheDevelopmentRecord()
    {
        var plan = ReleasePlanner.Plan(new StateBuilder().Build(), new DeployLatest(StateBuilder.Code(), StateBuilder.Package()));

        Assert.That(plan.IsEmpty, Is.True);
        Assert.That(plan.Records.Single().What, Is.EqualTo("deployment of 0123456789abcdef to alexa-development: success"));
    }
}
