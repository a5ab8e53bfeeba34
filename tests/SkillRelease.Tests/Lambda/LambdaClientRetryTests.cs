using System.Net;
using SkillRelease.Lambda;
using SkillRelease.Simulator;
using SkillRelease.Simulator.Faults;
using SkillRelease.Tests.Lambda.Support;

namespace SkillRelease.Tests.Lambda;

/// <summary>What the client does with each injected fault: 429, 5xx and timeouts are retried, 409 and 412 never.</summary>
public sealed class LambdaClientRetryTests
{
    private const string Publish = "lambda:PublishVersion";

    [TestCase(Fault.Throttle)]
    [TestCase(Fault.ServerError)]
    [TestCase(Fault.Timeout)]
    public async Task PublishVersion_AfterOneTransientFault_IsRetriedAndSucceeds(Fault fault)
    {
        await using var lambda = await StartAsync();
        lambda.Simulator.Faults.FailCall(Publish, 1, fault);

        var version = await lambda.Client.PublishVersionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None);

        Assert.That(version.Version, Is.EqualTo("1"));
        Assert.That(lambda.Simulator.Faults.Calls(Publish), Is.EqualTo(2));
    }

    [Test]
    public async Task PublishVersion_WithAnInjectedConflict_FailsAtOnce()
    {
        await using var lambda = await StartAsync();
        lambda.Simulator.Faults.FailCall(Publish, 1, Fault.Conflict);

        var error = Assert.ThrowsAsync<LambdaException>(() => lambda.Client.PublishVersionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None));

        Assert.That(error!.IsConflict, Is.True);
        Assert.That(lambda.Simulator.Faults.Calls(Publish), Is.EqualTo(1));
    }

    [Test]
    public async Task PublishVersion_ThrottledOnEveryAttempt_ThrowsTheThrottleAfterTheLastAttempt()
    {
        await using var lambda = await StartAsync();
        for (var call = 1; call <= SimulatedLambda.FastRetry.MaxAttempts; call++)
        {
            lambda.Simulator.Faults.FailCall(Publish, call, Fault.Throttle);
        }

        var error = Assert.ThrowsAsync<LambdaException>(() => lambda.Client.PublishVersionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None));

        Assert.That(error!.ErrorType, Is.EqualTo(LambdaErrorTypes.TooManyRequests));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(error.Message, Does.Contain("TooManyRequestsException (429)"));
        Assert.That(lambda.Simulator.Faults.Calls(Publish), Is.EqualTo(SimulatedLambda.FastRetry.MaxAttempts));
        Assert.That(lambda.Simulator.Lambda.Snapshot().Versions, Is.Empty);
    }

    [Test]
    public async Task GetFunction_TimingOutOnEveryAttempt_ThrowsATimeoutNamingTheCall()
    {
        await using var lambda = await StartAsync();
        for (var call = 1; call <= SimulatedLambda.FastRetry.MaxAttempts; call++)
        {
            lambda.Simulator.Faults.FailCall("lambda:GetFunction", call, Fault.Timeout);
        }

        var error = Assert.ThrowsAsync<TimeoutException>(() => lambda.Client.GetFunctionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("GET").And.Contain("/2015-03-31/functions/boston-info").And.Contain("3 attempt(s)"));
    }

    private static Task<SimulatedLambda> StartAsync() => SimulatedLambda.StartAsync(
        new SimulatorOptions { LambdaUpdateDuration = TimeSpan.FromMilliseconds(30), TimeoutFaultDuration = TimeSpan.FromSeconds(10) },
        options => options with { RetryPolicy = SimulatedLambda.FastRetry with { AttemptTimeout = TimeSpan.FromMilliseconds(750) } });
}
