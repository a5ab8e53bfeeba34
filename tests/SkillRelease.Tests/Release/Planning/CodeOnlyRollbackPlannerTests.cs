using SkillRelease.GitHub;
using SkillRelease.Release.Planning;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Release.Support;

namespace SkillRelease.Tests.Release.Planning;

/// <summary>Rollback after a promote (code only): what the operator reads and what GitHub records.</summary>
public sealed class CodeOnlyRollbackPlannerTests
{
    private static readonly Rollback Rollback = new();

    /// <summary>v1.0.0 promoted on blue from version 1 to version 2.</summary>
    private static StateBuilder PromotedOnBlue(string? versionOneDescription = "v1.0.0 2026-11-20 aaaaaaa") => new StateBuilder()
        .WithVersion("1", "CODE-A", versionOneDescription).WithVersion("2", "CODE-B", "v1.0.0+bbbbbbb 2026-11-21 bbbbbbb")
        .WithAlias("blue", "2", "release=v1.0.0 previous=1").WithLive(StateBuilder.Arn("blue"));

    [Test]
    public void Rollback_WhenNothingIsLiveOnTheAliases_Refuses()
    {
        // Given a skill live on the unqualified function
        var state = new StateBuilder().WithLive(StateBuilder.FunctionArn).Build();

        // When
        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(state, Rollback));

        // Then
        Assert.That(refusal!.Message, Is.EqualTo("Nothing is live on the release aliases, so there is nothing to roll back."));
    }

    [Test]
    public void Rollback_WhenTheLiveAliasIsUnderReview_RefusesAndSaysWhatToDo()
    {
        // Given the live alias itself submitted for certification (from the console)
        var state = PromotedOnBlue().WithDevelopment(StateBuilder.Arn("blue")).WithCertification(UpdateStatuses.InProgress).Build();

        // When
        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(state, Rollback));

        // Then
        Assert.That(refusal!.Message, Does.StartWith("Alias blue is both live and under certification review").And.Contain("run await-certification"));
    }

    [Test]
    public void Rollback_AfterAPromote_SaysWhichVersionsAndRecordsTheRestoredRelease()
    {
        // Given v1.0.0 promoted on blue from version 1 to 2
        // When
        var plan = ReleasePlanner.Plan(PromotedOnBlue().Build(), Rollback);

        // Then
        Assert.That(plan.Title, Is.EqualTo(Rollback.Name));
        Assert.That(plan.Notes.Single(), Is.EqualTo("live alias blue: version 2 → 1 (code only: the live skill's models stay)"));
        Assert.That(plan.Warnings, Is.Empty);
        Assert.That(RecordingLedger.Of(plan).Deployments, Is.EqualTo(new[]
        {
            new DeploymentRecord(DeploymentEnvironments.Live, "v1.0.0", DeploymentStates.Success, "rolled back alias blue from version 2 to 1"),
        }));
    }

    [Test]
    public void Rollback_ToAVersionWithoutADescription_WarnsThatGitHubCannotRecordIt()
    {
        // Given version 1 published by hand, without a description
        // When
        var plan = ReleasePlanner.Plan(PromotedOnBlue(versionOneDescription: null).Build(), Rollback);

        // Then
        Assert.That(plan.Steps, Is.Not.Empty);
        Assert.That(plan.Records, Is.Empty);
        Assert.That(plan.Warnings.Single(), Is.EqualTo("Version 1's description names no release tag or commit, so the rollback is not recorded on GitHub."));
    }

    [Test]
    public void Rollback_WhenThePreviousVersionWasDeleted_RefusesNamingIt()
    {
        // Given blue's previous version 1 deleted
        var state = new StateBuilder().WithVersion("2", "CODE-B").WithAlias("blue", "2", "release=v1.0.0 previous=1").WithLive(StateBuilder.Arn("blue")).Build();

        // When
        var refusal = Assert.Throws<ReleaseRefusedException>(() => ReleasePlanner.Plan(state, Rollback));

        // Then
        Assert.That(refusal!.Message, Is.EqualTo("Alias blue records version 1 as its previous one, but that version no longer exists: nothing to roll back to."));
    }

    [Test]
    public void Rollback_WhenAlreadyRolledBack_IsAnEmptyRollback()
    {
        // Given blue already rolled back from version 2
        // When
        var plan = ReleasePlanner.Plan(new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0 rolled-back-from=2").WithLive(StateBuilder.Arn("blue")).Build(), Rollback);

        // Then
        Assert.That(plan.Title, Is.EqualTo(Rollback.Name));
        Assert.That(plan.IsEmpty, Is.True);
    }
}
