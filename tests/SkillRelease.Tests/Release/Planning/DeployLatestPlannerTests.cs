using SkillRelease.GitHub;
using System.Text.Json.Nodes;
using SkillRelease.Release.Packages;
using SkillRelease.Release.Planning;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi.Model;
using SkillRelease.Tests.Release.Support;

namespace SkillRelease.Tests.Release.Planning;

public sealed class DeployLatestPlannerTests
{
    [Test]
    public void DeployLatest_WhenEverythingIsCurrent_PlansNothingAndSaysSo()
    {
        var plan = ReleasePlanner.Plan(new StateBuilder().Build(), new DeployLatest(StateBuilder.Code(), StateBuilder.Package()));

        Assert.That(plan.IsEmpty, Is.True);
        Assert.That(plan.Notes, Has.Some.Contains("already holds CODE-A").And.Some.Contains("already holds skill-package/"));
    }

    [Test]
    public void DeployLatest_WhenOnlyCodeChanged_UploadsWithTheRevisionGuardAndWaits()
    {
        var plan = ReleasePlanner.Plan(new StateBuilder().WithLatest("OLD").Build(), new DeployLatest(StateBuilder.Code("NEW"), StateBuilder.Package()));

        Assert.That(plan.Steps.Select(s => s.GetType()), Is.EqualTo(new[] { typeof(UploadCode), typeof(WaitForCodeUpdate) }));
        Assert.That(plan.Steps.OfType<UploadCode>().Single().RevisionId, Is.EqualTo("latest-rev"));
    }

    [Test]
    public void DeployLatest_WhenTheModelChanged_SetsOnlyThatModelWithItsETagAndWaitsForTheBuild()
    {
        var plan = ReleasePlanner.Plan(new StateBuilder().Build(), new DeployLatest(StateBuilder.Code(), StateBuilder.Package("city of boston")));

        Assert.That(plan.Steps.Select(s => s.GetType()), Is.EqualTo(new[] { typeof(SetDevelopmentModel), typeof(WaitForSkillBuild) }));
        Assert.That(plan.Steps.OfType<SetDevelopmentModel>().Single().ETag, Is.EqualTo("development-en-US-etag"));
    }

    [Test]
    public void DeployLatest_IgnoresTheMembersSmapiAddsToAModelEnvelopeAndKeyOrder()
    {
        var state = new StateBuilder().Build();
        var remote = state.Development.Models["en-US"].Envelope;
        remote["version"] = JsonValue.Create("3");
        remote["description"] = JsonValue.Create("built by SMAPI");
        remote["interactionModel"]!["languageModel"]!.AsObject()["types"] = new JsonArray();

        var plan = ReleasePlanner.Plan(state, new DeployLatest(StateBuilder.Code(), StateBuilder.Package()));

        Assert.That(plan.IsEmpty, Is.True, "SMAPI's version/description and an empty list are not differences");
    }

    [Test]
    public void DeployLatest_WhenAnIntentWasRemovedFromTheModel_PushesTheModel()
    {
        // Given a development model holding an intent the package no longer has
        var state = new StateBuilder().Build();
        state.Development.Models["en-US"].Envelope["interactionModel"]!["languageModel"]!["intents"]!.AsArray()
            .Add(new JsonObject { ["name"] = "RetiredIntent", ["samples"] = new JsonArray("old phrase") });

        // When
        var plan = ReleasePlanner.Plan(state, new DeployLatest(StateBuilder.Code(), StateBuilder.Package()));

        // Then the removal reaches Alexa
        Assert.That(plan.Steps.OfType<SetDevelopmentModel>().Select(s => s.Locale), Is.EqualTo(new[] { "en-US" }));
    }

    [TestCase("permissions")]
    [TestCase("events")]
    public void DeployLatest_WhenAManifestSectionWasRemoved_PushesTheManifest(string section)
    {
        // Given a development manifest with a section the package no longer has
        var state = new StateBuilder().Build();
        state.Development.Manifest.Envelope["manifest"]!.AsObject()[section] = new JsonArray(new JsonObject { ["name"] = "alexa::devices:all:address:full:read" });

        // When
        var plan = ReleasePlanner.Plan(state, new DeployLatest(StateBuilder.Code(), StateBuilder.Package()));

        // Then
        Assert.That(plan.Steps.OfType<UpdateDevelopmentManifest>().Single().Why, Does.Contain("skill.json changed"));
    }

    [Test]
    public void DeployLatest_WhileInCertification_StillUploadsCodeButDefersTheSkillWithAWarning()
    {
        var state = new StateBuilder().WithLatest("OLD").WithVersion("1", "OLD").WithAlias("blue", "1", "release=v1.0.0")
            .WithDevelopment(StateBuilder.Arn("blue")).WithCertification(UpdateStatuses.InProgress).Build();

        var plan = ReleasePlanner.Plan(state, new DeployLatest(StateBuilder.Code("NEW"), StateBuilder.Package("changed")));

        Assert.That(plan.Steps.Where(s => s.WritesToSkill).Select(s => s.GetType()), Is.EqualTo(new[] { typeof(UploadCode) }));
        Assert.That(plan.Warnings.Single(), Does.Contain("v1.0.0 is in certification").And.Contain("were not pushed"));
    }

    [Test]
    public void DeployLatest_KeepsTheDevelopmentEndpointOnTheUnqualifiedFunction()
    {
        var plan = ReleasePlanner.Plan(new StateBuilder().Build(), new DeployLatest(StateBuilder.Code(), StateBuilder.Package("other")));
        var changedManifest = ReleasePlanner.Plan(
            new StateBuilder().WithDevelopment("arn:aws:lambda:us-east-1:123456789012:function:someone-else").Build(),
            new DeployLatest(StateBuilder.Code(), StateBuilder.Package()));

        Assert.That(plan.Steps.OfType<UpdateDevelopmentManifest>(), Is.Empty);
        Assert.That(ManifestEndpoint.Get(changedManifest.Steps.OfType<UpdateDevelopmentManifest>().Single().Envelope), Is.EqualTo(StateBuilder.FunctionArn));
    }

    [Test]
    public void DeployLatest_WhenCodeAndSkillChanged_SaysWhatDiffersAndRecordsTheCommitOnDevelopment()
    {
        // Given $LATEST on OLD and a changed model
        // When NEW is deployed
        var plan = ReleasePlanner.Plan(new StateBuilder().WithLatest("OLD").Build(), new DeployLatest(StateBuilder.Code("NEW"), StateBuilder.Package("city of boston")));

        // Then
        Assert.That(plan.Title, Is.EqualTo("deploy-latest"));
        Assert.That(plan.Notes, Is.EqualTo(new[] { "code: $LATEST holds OLD, the package is NEW", "skill: the development stage differs from skill-package/" }));
        Assert.That(RecordingLedger.Of(plan).Deployments, Is.EqualTo(new[]
        {
            new DeploymentRecord(DeploymentEnvironments.Development, StateBuilder.Code().Commit, DeploymentStates.Success, "deploy-latest"),
        }));
    }

    [Test]
    public void DeployLatest_WhileACutHoldsTheDevelopmentEndpoint_WarnsNamingTheAliasAndRecordsNothing()
    {
        // Given v1.0.0 cut onto blue, not yet submitted
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0").WithDevelopment(StateBuilder.Arn("blue")).Build();

        // When
        var plan = ReleasePlanner.Plan(state, new DeployLatest(StateBuilder.Code(), StateBuilder.Package("changed")));

        // Then the development stage is left to the release, and not recorded as this commit's
        Assert.That(plan.Warnings.Single(), Is.EqualTo("release v1.0.0 is in flight (the development endpoint is on alias blue): the development stage is reserved for it, so skill.json and the interaction models were not pushed. Run deploy-latest again once await-certification has finished the release."));
        Assert.That(plan.Records, Is.Empty);
    }

    [Test]
    public void DeployLatest_WhileAnUntaggedCutHoldsTheDevelopmentEndpoint_NamesItUnknown()
    {
        // Given an alias without a release name under the development endpoint
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1").WithDevelopment(StateBuilder.Arn("blue")).Build();

        // When
        var plan = ReleasePlanner.Plan(state, new DeployLatest(StateBuilder.Code(), StateBuilder.Package()));

        // Then
        Assert.That(plan.Warnings.Single(), Does.StartWith("release (unknown) is in flight (the development endpoint is on alias blue):"));
    }

    [Test]
    public void DeployLatest_WhileAReviewOfAnUnknownReleaseRuns_NamesItUnknown()
    {
        // Given a review in progress that no alias names
        var state = new StateBuilder().WithCertification(UpdateStatuses.InProgress).Build();

        // When
        var plan = ReleasePlanner.Plan(state, new DeployLatest(StateBuilder.Code(), StateBuilder.Package()));

        // Then
        Assert.That(plan.Warnings.Single(), Does.StartWith("release (unknown) is in certification:"));
        Assert.That(plan.Records, Is.Empty);
    }

    [Test]
    public void DeployLatest_WhenOnlyTheEndpointDiffers_SaysOnlyTheEndpointMoves()
    {
        // Given the development endpoint on another function, the manifest otherwise the same
        var state = new StateBuilder().WithDevelopment("arn:aws:lambda:us-east-1:123456789012:function:someone-else").Build();

        // When
        var plan = ReleasePlanner.Plan(state, new DeployLatest(StateBuilder.Code(), StateBuilder.Package()));

        // Then
        Assert.That(plan.Steps.OfType<UpdateDevelopmentManifest>().Single().Why, Is.EqualTo("endpoint → $LATEST (the unqualified function ARN)"));
    }

    [Test]
    public void DeployLatest_WhenTheManifestChanged_SaysSoAndWhereTheEndpointGoes()
    {
        // Given a development manifest with a section the package does not have
        var state = new StateBuilder().Build();
        state.Development.Manifest.Envelope["manifest"]!.AsObject()["events"] = new JsonArray(new JsonObject { ["name"] = "alexa::devices:all:address:full:read" });

        // When
        var plan = ReleasePlanner.Plan(state, new DeployLatest(StateBuilder.Code(), StateBuilder.Package()));

        // Then
        Assert.That(plan.Steps.OfType<UpdateDevelopmentManifest>().Single().Why, Is.EqualTo("skill.json changed; endpoint → $LATEST (the unqualified function ARN)"));
    }
}
