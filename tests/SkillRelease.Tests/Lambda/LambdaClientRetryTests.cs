using System.Net;
using Microsoft.Extensions.Time.Testing;
using SkillRelease.Lambda;
using SkillRelease.Simulator;
using SkillRelease.Simulator.Faults;
using SkillRelease.Tests.Lambda.Support;
using SkillRelease.Tests.Support;

namespace SkillRelease.Tests.Lambda;

/// <summary>
/// What the client does with each injected fault: 429, 5xx and timeouts are retried, 409 and 412 never. The client
/// runs on a clock only the test moves, so an attempt times out only where a test says so (<see cref="HeldCall"/>):
/// a real short timeout made a slow answer on a busy machine an extra attempt that used up the planned fault.
/// </summary>
public sealed class LambdaClientRetryTests
{
    private const string Publish = "lambda:PublishVersion";

    [TestCase(Fault.Throttle)]
    [TestCase(Fault.ServerError)]
    public async Task PublishVersion_AfterOneTransientFault_IsRetriedAndSucceeds(Fault fault)
    {
        await using var lambda = await StartAsync(new FakeTimeProvider());
        lambda.Simulator.Faults.FailCall(Publish, 1, fault);

        var version = await lambda.Client.PublishVersionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None);

        Assert.That(version.Version, Is.EqualTo("1"));
        Assert.That(lambda.Simulator.Faults.Calls(Publish), Is.EqualTo(2));
    }

    [Test]
    public async Task PublishVersion_AfterOneTimeout_IsRetriedAndSucceeds()
    {
        var clock = new FakeTimeProvider();
        await using var lambda = await StartAsync(clock);
        lambda.Simulator.Faults.FailCall(Publish, 1, Fault.Timeout);

        var publishing = lambda.Client.PublishVersionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None);
        await HeldCall.TimeOutAsync(clock, lambda.Simulator.Faults, Publish, 1, SimulatedLambda.FastRetry.AttemptTimeout);
        var version = await publishing;

        Assert.That(version.Version, Is.EqualTo("1"));
        Assert.That(lambda.Simulator.Faults.Calls(Publish), Is.EqualTo(2));
    }

    [Test]
    public async Task PublishVersion_WithAnInjectedConflict_FailsAtOnce()
    {
        await using var lambda = await StartAsync(new FakeTimeProvider());
        lambda.Simulator.Faults.FailCall(Publish, 1, Fault.Conflict);

        var error = Assert.ThrowsAsync<LambdaException>(() => lambda.Client.PublishVersionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None));

        Assert.That(error!.IsConflict, Is.True);
        Assert.That(lambda.Simulator.Faults.Calls(Publish), Is.EqualTo(1));
    }

    [Test]
    public async Task PublishVersion_ThrottledOnEveryAttempt_ThrowsTheThrottleAfterTheLastAttempt()
    {
        await using var lambda = await StartAsync(new FakeTimeProvider());
        for (var call = 1; call <= SimulatedLambda.FastRetry.MaxAttempts; call++)
        {
            lambda.Simulator.Faults.FailCall(Publish, call, Fault.Throttle);
        }

        var error = Assert.ThrowsAsync<LambdaException>(() => lambda.Client.PublishVersionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None));

        Assert.That(error!.ErrorCode, Is.EqualTo(LambdaErrorTypes.TooManyRequests));
        Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(error.Message, Does.Contain("TooManyRequestsException (429)"));
        Assert.That(lambda.Simulator.Faults.Calls(Publish), Is.EqualTo(SimulatedLambda.FastRetry.MaxAttempts));
        Assert.That(lambda.Simulator.Lambda.Snapshot().Versions, Is.Empty);
    }

    [Test]
    public async Task GetFunction_TimingOutOnEveryAttempt_ThrowsATimeoutNamingTheCall()
    {
        const string getFunction = "lambda:GetFunction";
        var clock = new FakeTimeProvider();
        await using var lambda = await StartAsync(clock);
        for (var call = 1; call <= SimulatedLambda.FastRetry.MaxAttempts; call++)
        {
            lambda.Simulator.Faults.FailCall(getFunction, call, Fault.Timeout);
        }

        var getting = lambda.Client.GetFunctionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None);
        for (var call = 1; call <= SimulatedLambda.FastRetry.MaxAttempts; call++)
        {
            await HeldCall.TimeOutAsync(clock, lambda.Simulator.Faults, getFunction, call, SimulatedLambda.FastRetry.AttemptTimeout);
        }

        var error = Assert.ThrowsAsync<TimeoutException>(() => getting);

        Assert.That(error!.Message, Does.Contain("GET").And.Contain("/2015-03-31/functions/boston-info").And.Contain("3 attempt(s)"));
    }

    /// <summary>
    /// The client's retries wait nothing between attempts (a wait on <paramref name="clock"/> would last until the test
    /// moved it); the simulator holds an injected timeout far longer than any test runs, until the client gives up.
    /// </summary>
    private static Task<SimulatedLambda> StartAsync(FakeTimeProvider clock) => SimulatedLambda.StartAsync(
        new SimulatorOptions { LambdaUpdateDuration = TimeSpan.FromMilliseconds(30), TimeoutFaultDuration = TimeSpan.FromMinutes(5) },
        options => options with { Time = clock, RetryPolicy = SimulatedLambda.FastRetry with { Jitter = () => 0 } });
}
