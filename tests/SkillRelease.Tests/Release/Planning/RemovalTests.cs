using System.Text.Json.Nodes;
using SkillRelease.Release.Planning;
using SkillRelease.Tests.Release.Support;

namespace SkillRelease.Tests.Release.Planning;

/// <summary>What was removed from skill-package/ is a difference from a stage that still has it (issue 11, defect 5).</summary>
public sealed class RemovalTests
{
    [TestCase("intents")]
    [TestCase("types")]
    public void Promote_WhenLiveStillHasWhatThePackageRemoved_RefusesAndSaysCutARelease(string list)
    {
        // Given a live model with an entry the package no longer has
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0").WithLive(StateBuilder.Arn("blue")).WithLatest("CODE-B").Build();
        var languageModel = state.Live!.Models["en-US"].Envelope["interactionModel"]!["languageModel"]!.AsObject();
        var entries = languageModel[list] as JsonArray ?? (JsonArray)(languageModel[list] = new JsonArray());
        entries.Add(new JsonObject { ["name"] = "Removed", ["values"] = new JsonArray() });

        // When
        var refusal = Assert.Throws<ReleaseRefusedException>(() =>
            ReleasePlanner.Plan(state, new Promote(StateBuilder.Code("CODE-B"), StateBuilder.Package(), null, StateBuilder.Now)));

        // Then
        Assert.That(refusal!.Message, Does.Contain("cut a release"));
    }

    [Test]
    public void Promote_WhenLiveHasALocaleThePackageDropped_RefusesAndSaysCutARelease()
    {
        // Given a live manifest that still lists en-GB
        var state = new StateBuilder().WithVersion("1", "CODE-A").WithAlias("blue", "1", "release=v1.0.0").WithLive(StateBuilder.Arn("blue")).WithLatest("CODE-B").Build();
        state.Live!.Manifest.Envelope["manifest"]!["publishingInformation"]!["locales"]!.AsObject()["en-GB"] = new JsonObject { ["name"] = "Boston Info" };

        // When
        var refusal = Assert.Throws<ReleaseRefusedException>(() =>
            ReleasePlanner.Plan(state, new Promote(StateBuilder.Code("CODE-B"), StateBuilder.Package(), null, StateBuilder.Now)));

        // Then
        Assert.That(refusal!.Message, Does.Contain("cut a release"));
    }
}
