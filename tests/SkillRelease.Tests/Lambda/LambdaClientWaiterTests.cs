using SkillRelease.Lambda;
using SkillRelease.Lambda.Model;
using SkillRelease.Simulator;
using SkillRelease.Tests.Lambda.Support;

namespace SkillRelease.Tests.Lambda;

public sealed class LambdaClientWaiterTests
{
    [Test]
    public async Task WaitUntilFunctionUpdated_PollsThroughInProgressUntilSuccessful()
    {
        var clock = new ManualClock(ManualClock.Noon);
        await using var lambda = await SimulatedLambda.StartAsync(new SimulatorOptions { Time = clock, LambdaUpdateDuration = TimeSpan.FromSeconds(5) });
        await lambda.Client.UpdateFunctionCodeAsync(new() { FunctionName = lambda.FunctionName, ZipFile = Zips.Package("w") }, CancellationToken.None);
        var pollsBefore = lambda.Simulator.Faults.Calls("lambda:GetFunction");

        var waiting = lambda.Client.WaitUntilFunctionUpdatedAsync(lambda.FunctionName, CancellationToken.None);
        while (lambda.Simulator.Faults.Calls("lambda:GetFunction") - pollsBefore < 3)
        {
            Assert.That(waiting.IsCompleted, Is.False, "the waiter must not return while the update is InProgress");
            await Task.Delay(5);
        }

        clock.Advance(TimeSpan.FromSeconds(5));
        var configuration = await waiting;

        Assert.That(configuration.LastUpdateStatus, Is.EqualTo(LastUpdateStatuses.Successful));
    }

    [Test]
    public async Task WaitUntilFunctionUpdated_WhenTheUpdateFails_ThrowsWithTheReason()
    {
        await using var lambda = await SimulatedLambda.StartAsync();
        await lambda.Client.UpdateFunctionCodeAsync(new() { FunctionName = lambda.FunctionName, ZipFile = Zips.Package("broken") }, CancellationToken.None);
        lambda.Simulator.Lambda.FailCurrentUpdate("Unzipped size must be smaller than 262144000 bytes");

        var error = Assert.ThrowsAsync<LambdaException>(() => lambda.Client.WaitUntilFunctionUpdatedAsync(lambda.FunctionName, CancellationToken.None));

        Assert.That(error!.ServiceMessage, Is.EqualTo("Unzipped size must be smaller than 262144000 bytes"));
        Assert.That(error.ErrorCode, Is.EqualTo("InternalError"));
    }

    [Test]
    public async Task WaitUntilFunctionUpdated_GivesUpAfterTheBoundWithATimeout()
    {
        await using var lambda = await SimulatedLambda.StartAsync(
            new SimulatorOptions { LambdaUpdateDuration = TimeSpan.FromMinutes(10) },
            options => options with { WaiterMaxAttempts = 4, WaiterInterval = TimeSpan.FromMilliseconds(5) });
        await lambda.Client.UpdateFunctionCodeAsync(new() { FunctionName = lambda.FunctionName, ZipFile = Zips.Package("slow") }, CancellationToken.None);
        var pollsBefore = lambda.Simulator.Faults.Calls("lambda:GetFunction");

        var error = Assert.ThrowsAsync<TimeoutException>(() => lambda.Client.WaitUntilFunctionUpdatedAsync(lambda.FunctionName, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("still InProgress after 4 checks"));
        Assert.That(lambda.Simulator.Faults.Calls("lambda:GetFunction") - pollsBefore, Is.EqualTo(4));
    }
}
