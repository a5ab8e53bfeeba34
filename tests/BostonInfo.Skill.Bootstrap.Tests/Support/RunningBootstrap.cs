using System.Text;
using SkillRelease.Simulator.RuntimeApi;

namespace BostonInfo.Skill.Bootstrap.Tests.Support;

/// <summary>A runtime process started against its own Runtime API emulator, as one Lambda sandbox.</summary>
internal sealed class RunningBootstrap : IAsyncDisposable
{
    public static readonly TimeSpan InvokeTimeout = TimeSpan.FromSeconds(30);

    private RunningBootstrap(RuntimeApiEmulator runtimeApi, BootstrapProcess process)
    {
        RuntimeApi = runtimeApi;
        Process = process;
    }

    public RuntimeApiEmulator RuntimeApi { get; }

    public BootstrapProcess Process { get; }

    public static async Task<RunningBootstrap> StartAsync(BootstrapLaunch launch)
    {
        var runtimeApi = await RuntimeApiEmulator.StartAsync(new RuntimeApiOptions(), CancellationToken.None);
        return new RunningBootstrap(runtimeApi, BootstrapProcess.Start(launch, runtimeApi, TimeProvider.System));
    }

    public Task<InvocationResult> InvokeAsync(string json) =>
        RuntimeApi.InvokeAsync(Encoding.UTF8.GetBytes(json), InvokeTimeout, CancellationToken.None);

    /// <summary>The response as text, or a failure that shows the runtime's own output.</summary>
    public async Task<string> RespondAsync(string json)
    {
        var result = await InvokeAsync(json);
        Assert.That(result.Succeeded, Is.True, $"The runtime answered with an error: {result.Error}\n{Process.Output}");
        return Encoding.UTF8.GetString(result.Response!);
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        await RuntimeApi.DisposeAsync();
    }
}
