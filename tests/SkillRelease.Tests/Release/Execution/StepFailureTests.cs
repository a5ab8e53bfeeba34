using SkillRelease.Release.Planning;
using SkillRelease.Release.Steps;
using SkillRelease.Simulator.Faults;

namespace SkillRelease.Tests.Release.Execution;

/// <summary>When a remote call fails for good, the task stops with one sentence: the step, the service's words, what to do.</summary>
public sealed class StepFailureTests
{
    [Test]
    public async Task CutRelease_WhenLambdaReportsAConflict_NamesTheStepTheErrorAndTheRemedy()
    {
        await using var harness = await EngineHarness.StartAsync();
        await harness.RunToEndAsync(new DeployLatest(EngineHarness.CodeA, EngineHarness.Skill));
        harness.Simulator.Faults.FailCall("lambda:CreateAlias", 1, Fault.Conflict);

        var error = Assert.ThrowsAsync<StepFailedException>(() => harness.RunAsync(EngineHarness.Cut("v1.0.0", EngineHarness.CodeA)));

        Assert.That(error!.Message, Does.StartWith("Step 2 of").And.Contain("(create alias blue on the new version) failed: Lambda ResourceConflictException (409)"));
        Assert.That(error.Message, Does.EndWith("run the task again in a minute; it resumes where it stopped."));
        Assert.That(error.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public async Task DeployLatest_WhenSmapiKeepsFailing_SaysNothingWasChangedOrWhereItStopped()
    {
        await using var harness = await EngineHarness.StartAsync();
        // Enough for every retry of the three stages' manifests, which are read at once.
        for (var call = 1; call <= 30; call++)
        {
            harness.Simulator.Faults.FailCall("smapi:GetSkillManifest", call, Fault.ServerError);
        }

        var error = Assert.ThrowsAsync<StepFailedException>(() => harness.RunAsync(new DeployLatest(EngineHarness.CodeA, EngineHarness.Skill)));

        Assert.That(error!.Message, Does.StartWith("Reading the remote state (nothing was changed) failed: SMAPI"));
        Assert.That(error.Message, Does.EndWith("run the task again later; it resumes where it stopped."));
    }
}
