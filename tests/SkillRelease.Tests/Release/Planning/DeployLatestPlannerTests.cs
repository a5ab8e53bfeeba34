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
}
