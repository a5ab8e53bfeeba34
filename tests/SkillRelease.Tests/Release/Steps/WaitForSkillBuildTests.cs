using NSubstitute;
using SkillRelease.Release.Steps;
using SkillRelease.Smapi.Model;

namespace SkillRelease.Tests.Release.Steps;

/// <summary>Only the resources this plan wrote are judged once SMAPI has settled.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class WaitForSkillBuildTests
{
    private readonly StepRig _rig = new();

    [Test]
    public void Description_NamesWhatThePlanWrote()
    {
        Assert.That(new WaitForSkillBuild(true, ["en-US", "en-GB"]).Description, Is.EqualTo("wait for SMAPI to apply the manifest and the en-US model and the en-GB model"));
        Assert.That(new WaitForSkillBuild(false, ["en-US"]).Description, Is.EqualTo("wait for SMAPI to apply the en-US model"));
    }

    [Test]
    public void Equality_ComparesTheLocalesByValue()
    {
        Assert.That(new WaitForSkillBuild(true, ["en-US"]), Is.EqualTo(new WaitForSkillBuild(true, new List<string> { "en-US" })));
        Assert.That(new WaitForSkillBuild(true, ["en-US"]), Is.Not.EqualTo(new WaitForSkillBuild(false, ["en-US"])));
        Assert.That(new WaitForSkillBuild(true, ["en-US"]), Is.Not.EqualTo(new WaitForSkillBuild(true, ["en-GB"])));
        Assert.That(new WaitForSkillBuild(true, ["en-US"]).Equals(null), Is.False);
    }

    [Test]
    public async Task Apply_WhenWhatThePlanWroteSucceeded_IgnoresAnOldFailureElsewhere()
    {
        Settled(manifest: Failed("manifest: an old failure"), ("en-US", Succeeded()), ("en-GB", Failed("en-GB: an old failure")));

        await _rig.ApplyAsync(new WaitForSkillBuild(false, ["en-US"]));

        await _rig.Smapi.Status.Received(1).WaitUntilSettledAsync(StepRig.SkillId, Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Apply_WhenALocaleThePlanWroteHasNoStatus_Succeeds()
    {
        Settled(manifest: Succeeded());

        await _rig.ApplyAsync(new WaitForSkillBuild(true, ["en-US"]));

        Assert.That(_rig.Logger.Lines, Is.Empty);
    }

    [Test]
    public void Apply_WhenTheManifestAndAModelItWroteFailed_ReportsBothWithSmapisErrors()
    {
        Settled(manifest: Failed("Endpoint is invalid."), ("en-US", Failed("Slot type CITY has no values.", "Intent GetTrash has no samples.")), ("en-GB", Succeeded()));

        var failed = Assert.ThrowsAsync<StepFailedException>(() => _rig.ApplyAsync(new WaitForSkillBuild(true, ["en-US", "en-GB"])));

        Assert.That(failed!.Message, Is.EqualTo(
            "SMAPI could not apply the skill package: manifest: Endpoint is invalid. | en-US model: Slot type CITY has no values.; Intent GetTrash has no samples.. Fix skill-package/ and run the task again."));
    }

    private void Settled(ResourceStatus? manifest, params (string Locale, ResourceStatus Status)[] models) =>
        _rig.Smapi.Status.WaitUntilSettledAsync(default!, default).ReturnsForAnyArgs(new SkillStatus
        {
            Manifest = manifest,
            InteractionModel = models.ToDictionary(m => m.Locale, m => m.Status),
        });

    private static ResourceStatus Succeeded() => new() { LastUpdateRequest = new LastUpdateRequest { Status = UpdateStatuses.Succeeded } };

    private static ResourceStatus Failed(params string[] errors) =>
        new() { LastUpdateRequest = new LastUpdateRequest { Status = UpdateStatuses.Failed, Errors = [.. errors.Select(e => new StandardizedError { Message = e })] } };
}
