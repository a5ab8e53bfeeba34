using System.Net;
using System.Net.Sockets;
using SkillRelease.Simulator;
using SkillRelease.Simulator.Faults;
using SkillRelease.Tests.Lambda.Support;

namespace SkillRelease.Tests.Http;

/// <summary>When no answer comes, the error says what happened: a dropped connection, a refused one, or a timeout.</summary>
public sealed class TransportFailureTests
{
    private const string Publish = "lambda:PublishVersion";

    [Test]
    public async Task PublishVersion_WhoseAnswerIsLostOnce_IsRetriedAndLandsOnce()
    {
        await using var lambda = await SimulatedLambda.StartAsync(Options());
        lambda.Simulator.Faults.FailCall(Publish, 1, Fault.Lost);

        var version = await lambda.Client.PublishVersionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None);

        // Lambda publishes nothing new when $LATEST is unchanged, so the retry answers with the version the lost call made.
        Assert.That(version.Version, Is.EqualTo("1"));
        Assert.That(lambda.Simulator.Faults.Calls(Publish), Is.EqualTo(2));
        Assert.That(lambda.Simulator.Lambda.Snapshot().Versions, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task PublishVersion_WhoseAnswerIsLostOnEveryAttempt_SaysTheConnectionClosedAndTheWriteMayHaveLanded()
    {
        await using var lambda = await SimulatedLambda.StartAsync(Options());
        for (var call = 1; call <= SimulatedLambda.FastRetry.MaxAttempts; call++)
        {
            lambda.Simulator.Faults.FailCall(Publish, call, Fault.Lost);
        }

        var error = Assert.ThrowsAsync<HttpRequestException>(() => lambda.Client.PublishVersionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("POST").And.Contain("/versions")
            .And.Contain("the connection was closed before an answer arrived; the change may have been applied all the same")
            .And.Contain("3 attempt(s)")
            .And.Not.Contain("timeout").IgnoreCase.And.Not.Contain("did not answer"));
        Assert.That(lambda.Simulator.Lambda.Snapshot().Versions, Has.Count.EqualTo(1), "the lost calls were applied");
    }

    [Test]
    public async Task GetFunction_WhereNothingListens_SaysTheConnectionWasRefused()
    {
        await using var lambda = await SimulatedLambda.StartAsync(Options());
        var closedPort = ClosedPort();
        using var client = new SkillRelease.Lambda.LambdaClient(SimulatedLambda.ClientOptions(lambda.Simulator, null) with
        {
            Endpoint = new Uri($"http://127.0.0.1:{closedPort}"),
            Credentials = Credentials(lambda),
        });

        var error = Assert.ThrowsAsync<HttpRequestException>(() => client.GetFunctionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain($"the connection was refused: nothing is listening at 127.0.0.1:{closedPort}").And.Not.Contain("did not answer"));
    }

    [Test]
    public async Task PublishVersion_AnsweredAfterTheClientGaveUp_IsATimeoutAndTheVersionExists()
    {
        await using var lambda = await SimulatedLambda.StartAsync(Options() with { TimeoutFaultDuration = TimeSpan.FromSeconds(30) });
        // Warm the simulator's Lambda path (with the patient client), so that on a loaded machine the write itself
        // fits in the impatient client's attempt timeout.
        await lambda.Client.GetFunctionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None);
        using var impatient = new SkillRelease.Lambda.LambdaClient(SimulatedLambda.ClientOptions(lambda.Simulator, Credentials(lambda)) with
        {
            RetryPolicy = SimulatedLambda.FastRetry with { MaxAttempts = 1, AttemptTimeout = TimeSpan.FromSeconds(5) },
        });
        lambda.Simulator.Faults.FailCall(Publish, 1, Fault.Late);

        var error = Assert.ThrowsAsync<TimeoutException>(() => impatient.PublishVersionAsync(new() { FunctionName = lambda.FunctionName }, CancellationToken.None));
        var landed = SpinWait.SpinUntil(() => lambda.Simulator.Lambda.Snapshot().Versions.Count == 1, TimeSpan.FromSeconds(10));

        Assert.That(error!.Message, Does.Contain("did not answer within 5 s"));
        Assert.That(landed, Is.True, "the write landed although the client timed out");
    }

    private static Amazon.Runtime.BasicAWSCredentials Credentials(SimulatedLambda lambda) =>
        new(lambda.Simulator.Options.AccessKeyId, lambda.Simulator.Options.SecretAccessKey.Reveal());

    private static SimulatorOptions Options() => new() { LambdaUpdateDuration = TimeSpan.FromMilliseconds(30) };

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
