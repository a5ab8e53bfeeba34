using Microsoft.Extensions.Logging.Abstractions;
using SkillRelease.Lambda.Model;
using SkillRelease.Release.Doctor;
using SkillRelease.Release.Function;
using SkillRelease.Release.Planning;
using SkillRelease.Simulator;
using SkillRelease.Tests.Release.Execution;

namespace SkillRelease.Tests.Release.Doctor;

/// <summary>doctor against a fresh simulated account: red where a first deploy-latest has work to do, green after it, red again after a console change.</summary>
public sealed class ReleaseDoctorTests
{
    [Test]
    public async Task Doctor_OnAFreshAccount_NamesTheMissingTriggerAndConfigurationUntilDeployLatestThenIsGreen()
    {
        await using var harness = await EngineHarness.StartAsync();
        var declared = FunctionDefinition.Load(RepositoryFiles.PathOf("src", "BostonInfo.Skill", "function.json"), new Dictionary<string, string> { ["ALEXA_SKILL_ID"] = harness.Settings.SkillId });
        var doctor = new ReleaseDoctor(SimulatedRelease.Services(harness.Simulator, NullLogger.Instance, TimeProvider.System), declared);

        var fresh = await doctor.CheckAsync(EngineHarness.Skill.Locales, CancellationToken.None);
        await harness.RunAsync(new DeployLatest(EngineHarness.CodeA with { Definition = declared }, EngineHarness.Skill));
        var deployed = await doctor.CheckAsync(EngineHarness.Skill.Locales, CancellationToken.None);
        await ChangeMemoryByHandAsync(harness);
        var changedByHand = await doctor.CheckAsync(EngineHarness.Skill.Locales, CancellationToken.None);

        Assert.That(fresh.Where(r => !r.Passed).Select(r => r.Check), Is.EquivalentTo(new[] { "function configuration", "Alexa triggers" }), DoctorTable.ToText(fresh));
        Assert.That(fresh.Single(r => r.Check == "Alexa triggers").Detail, Does.Contain("development").And.Contain("run deploy-latest"));
        Assert.That(deployed.Where(r => !r.Passed), Is.Empty, DoctorTable.ToText(deployed));
        Assert.That(changedByHand.Single(r => !r.Passed).Detail, Does.StartWith("memory 2048 MB → 512 MB").And.Contain("deploy-latest puts it back"));
    }

    [Test]
    public async Task Doctor_ForAFunctionThatDoesNotExist_SaysHowToCreateItAndChecksNothingThatNeedsIt()
    {
        await using var harness = await EngineHarness.StartAsync();
        var settings = harness.Settings with { FunctionName = "no-such-function" };
        var declared = FunctionDefinition.Load(RepositoryFiles.PathOf("src", "BostonInfo.Skill", "function.json"), new Dictionary<string, string> { ["ALEXA_SKILL_ID"] = settings.SkillId });
        var doctor = new ReleaseDoctor(SimulatedRelease.Services(harness.Simulator, NullLogger.Instance, TimeProvider.System, settings: settings), declared);

        var rows = await doctor.CheckAsync(EngineHarness.Skill.Locales, CancellationToken.None);

        Assert.That(rows.Single(r => r.Check == "Lambda function").Detail, Does.Contain("no-such-function does not exist").And.Contain("docs/setup.md section 1"));
        Assert.That(rows.Single(r => r.Check == "skill").Passed, Is.True);
        Assert.That(rows[^1].Detail, Does.StartWith("not checked until"));
    }

    private static async Task ChangeMemoryByHandAsync(EngineHarness harness)
    {
        var lambda = SimulatedRelease.Services(harness.Simulator, NullLogger.Instance, TimeProvider.System).Lambda;
        await lambda.UpdateFunctionConfigurationAsync(new UpdateFunctionConfigurationRequest { FunctionName = harness.Settings.FunctionName, MemorySize = 2048 }, CancellationToken.None);
        await lambda.WaitUntilFunctionUpdatedAsync(harness.Settings.FunctionName, CancellationToken.None);
    }
}
