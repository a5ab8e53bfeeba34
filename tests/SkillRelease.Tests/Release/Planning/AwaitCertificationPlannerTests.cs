using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Release.Steps;
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
}
