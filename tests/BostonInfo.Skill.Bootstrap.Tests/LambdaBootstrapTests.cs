using System.Text;
using BostonInfo.Skill.Bootstrap.RuntimeApi;
using SkillRelease.Simulator.RuntimeApi;

namespace BostonInfo.Skill.Bootstrap.Tests;

/// <summary>
/// The bootstrap's loop and Runtime API client in process, against the emulator: the paths the skill's handler
/// never takes (it does not throw), such as a failing handler or a failed start.
/// </summary>
public sealed class LambdaBootstrapTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Test]
    public async Task ThrowingHandler_IsReportedOnTheErrorPathAndTheLoopServesTheNextEvent()
    {
        await using var emulator = await RuntimeApiEmulator.StartAsync(new RuntimeApiOptions(), CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var loop = new LambdaBootstrap(RuntimeApiClient.For(emulator.RuntimeApiAddress), input =>
            new StreamReader(input).ReadToEnd() == "fail"
                ? throw new InvalidOperationException("the handler failed")
                : Task.FromResult<Stream>(new MemoryStream("{\"ok\":true}"u8.ToArray())));
        var running = loop.RunAsync(stop.Token);

        var failed = await emulator.InvokeAsync("fail"u8.ToArray(), Timeout, CancellationToken.None);
        var served = await emulator.InvokeAsync("serve"u8.ToArray(), Timeout, CancellationToken.None);
        await stop.CancelAsync();

        Assert.That(failed.Error?.FunctionErrorType, Is.EqualTo("Runtime.InvalidOperationException"));
        Assert.That(failed.Error?.ErrorMessage, Is.EqualTo("the handler failed"));
        Assert.That(Encoding.UTF8.GetString(served.Response!), Is.EqualTo("{\"ok\":true}"));
        Assert.That(async () => await running, Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task InitError_ReachesTheRuntimeApiAndIsWhatTheFirstInvokeGets()
    {
        await using var emulator = await RuntimeApiEmulator.StartAsync(new RuntimeApiOptions(), CancellationToken.None);
        var invoke = emulator.InvokeAsync("{}"u8.ToArray(), Timeout, CancellationToken.None);

        await RuntimeApiClient.For(emulator.RuntimeApiAddress).ReportInitErrorAsync(new ArgumentException("BOSTON_GEOCODER_URL must be an absolute http or https URL."), CancellationToken.None);
        var result = await invoke;

        Assert.That(result.Error?.FunctionErrorType, Is.EqualTo("Runtime.ArgumentException"));
        Assert.That(result.Error?.ErrorMessage, Does.Contain("BOSTON_GEOCODER_URL"));
    }
}
