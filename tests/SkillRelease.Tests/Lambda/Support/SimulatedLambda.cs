using SkillRelease.Http;
using SkillRelease.Lambda;
using SkillRelease.Simulator;
using AWSCredentials = Amazon.Runtime.AWSCredentials;
using BasicAWSCredentials = Amazon.Runtime.BasicAWSCredentials;

namespace SkillRelease.Tests.Lambda.Support;

/// <summary>A simulator on a free loopback port and a <see cref="LambdaClient"/> signed with its key pair, both fast.</summary>
internal sealed class SimulatedLambda : IAsyncDisposable
{
    public static readonly RetryPolicy FastRetry = new()
    {
        MaxAttempts = 3,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(5),
        // Generous: on a busy machine a slow answer must not count as a timeout and add an attempt the test did not plan.
        AttemptTimeout = TimeSpan.FromSeconds(15),
    };

    private SimulatedLambda(SkillSimulator simulator, LambdaClient client)
    {
        Simulator = simulator;
        Client = client;
    }

    public SkillSimulator Simulator { get; }

    public LambdaClient Client { get; }

    public string FunctionName => Simulator.Options.FunctionName;

    public static async Task<SimulatedLambda> StartAsync(
        SimulatorOptions? simulatorOptions = null, Func<LambdaClientOptions, LambdaClientOptions>? configure = null)
    {
        var simulator = await SkillSimulator.StartAsync(simulatorOptions ?? new SimulatorOptions { LambdaUpdateDuration = TimeSpan.FromMilliseconds(60) }, CancellationToken.None);
        var options = ClientOptions(simulator, new BasicAWSCredentials(simulator.Options.AccessKeyId, simulator.Options.SecretAccessKey.Reveal()));
        return new SimulatedLambda(simulator, new LambdaClient(configure?.Invoke(options) ?? options));
    }

    public static LambdaClientOptions ClientOptions(SkillSimulator simulator, AWSCredentials? credentials) => new()
    {
        Region = simulator.Options.Region,
        Endpoint = simulator.Address,
        Credentials = credentials,
        RetryPolicy = FastRetry,
        WaiterInterval = TimeSpan.FromMilliseconds(10),
        WaiterMaxAttempts = 200,
    };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Simulator.DisposeAsync();
    }
}
