using System.Text.Json.Nodes;
using NSubstitute;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Tests.Release.Steps;

/// <summary>The development manifest and models are replaced under the ETag they were planned from.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class StageDocumentStepsTests
{
    private static readonly JsonObject Model = Envelope("interactionModel", "boston info");

    private static readonly JsonObject Manifest = Envelope("manifest", "Boston Info");

    private readonly StepRig _rig = new();

    [Test]
    public void Descriptions_NameTheDocument()
    {
        Assert.That(new SetDevelopmentModel("en-US", Model, null).Description, Is.EqualTo("set the en-US interaction model on the development stage"));
        Assert.That(new UpdateDevelopmentManifest(Manifest, null, "endpoint → alias blue").Description, Is.EqualTo("update the development manifest: endpoint → alias blue"));
    }

    [Test]
    public async Task Apply_SetModel_SendsTheEnvelopeWithItsETag()
    {
        await _rig.ApplyAsync(new SetDevelopmentModel("en-US", Model, "\"etag-1\""));

        await _rig.Smapi.InteractionModel.Received(1).SetAsync(StepRig.SkillId, "en-US", Model, "\"etag-1\"", Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Apply_UpdateManifest_SendsTheEnvelopeWithItsETag()
    {
        await _rig.ApplyAsync(new UpdateDevelopmentManifest(Manifest, "\"etag-2\"", "endpoint → alias blue"));

        await _rig.Smapi.Manifest.Received(1).UpdateAsync(StepRig.SkillId, Manifest, "\"etag-2\"", Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Apply_SetModelRefusedAfterAnEarlierAttemptLanded_ReadsTheDevelopmentModelBackAndSucceeds()
    {
        _rig.Smapi.InteractionModel.SetAsync(default!, default!, default!, default, default).ReturnsForAnyArgs(Task.FromException(Refusals.StaleETag("SetInteractionModel")));
        _rig.Smapi.InteractionModel.GetAsync(StepRig.SkillId, Stages.Development, "en-US", Arg.Any<CancellationToken>())
            .Returns(new StageDocument(Envelope("interactionModel", "boston info", version: "3"), "\"etag-3\""));

        await _rig.ApplyAsync(new SetDevelopmentModel("en-US", Model, "\"etag-1\""));

        Assert.That(_rig.Logger.Text, Does.Contain("the en-US interaction model is already in place"));
    }

    [Test]
    public async Task Apply_UpdateManifestRefusedAfterAnEarlierAttemptLanded_ReadsTheDevelopmentManifestBackAndSucceeds()
    {
        _rig.Smapi.Manifest.UpdateAsync(default!, default!, default, default).ReturnsForAnyArgs(Task.FromException(Refusals.StaleETag("UpdateSkillManifest")));
        _rig.Smapi.Manifest.GetAsync(StepRig.SkillId, Stages.Development, Arg.Any<CancellationToken>()).Returns(new StageDocument(Envelope("manifest", "Boston Info"), "\"etag-3\""));

        await _rig.ApplyAsync(new UpdateDevelopmentManifest(Manifest, "\"etag-2\"", "endpoint → alias blue"));

        Assert.That(_rig.Logger.Text, Does.Contain("the development manifest is already in place"));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Apply_SetModelRefusedWhileTheStageHoldsAnotherModel_PassesTheRefusalOn(bool stageHasOne)
    {
        var refusal = Refusals.StaleETag("SetInteractionModel");
        _rig.Smapi.InteractionModel.SetAsync(default!, default!, default!, default, default).ReturnsForAnyArgs(Task.FromException(refusal));
        _rig.Smapi.InteractionModel.GetAsync(StepRig.SkillId, Stages.Development, "en-US", Arg.Any<CancellationToken>())
            .Returns(stageHasOne ? new StageDocument(Envelope("interactionModel", "someone else's"), "\"etag-3\"") : null);

        Assert.That(Assert.ThrowsAsync<SmapiException>(() => _rig.ApplyAsync(new SetDevelopmentModel("en-US", Model, "\"etag-1\""))), Is.SameAs(refusal));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Apply_UpdateManifestRefusedWhileTheStageHoldsAnotherManifest_PassesTheRefusalOn(bool stageHasOne)
    {
        var refusal = Refusals.StaleETag("UpdateSkillManifest");
        _rig.Smapi.Manifest.UpdateAsync(default!, default!, default, default).ReturnsForAnyArgs(Task.FromException(refusal));
        _rig.Smapi.Manifest.GetAsync(StepRig.SkillId, Stages.Development, Arg.Any<CancellationToken>())
            .Returns(stageHasOne ? new StageDocument(Envelope("manifest", "Someone Else"), "\"etag-3\"") : null);

        Assert.That(Assert.ThrowsAsync<SmapiException>(() => _rig.ApplyAsync(new UpdateDevelopmentManifest(Manifest, "\"etag-2\"", "endpoint → alias blue"))), Is.SameAs(refusal));
    }

    private static JsonObject Envelope(string member, string name, string? version = null)
    {
        var envelope = new JsonObject { [member] = new JsonObject { ["name"] = name } };
        if (version is not null)
        {
            envelope["version"] = version;
        }

        return envelope;
    }
}
