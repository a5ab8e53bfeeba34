using SkillRelease.Simulator.RuntimeApi;

namespace SkillRelease.Simulator.Tests.RuntimeApi;

/// <summary>The runtime process as Lambda starts it, checked with a shell script standing in for a bootstrap.</summary>
public sealed class BootstrapProcessTests
{
    private string _taskRoot = null!;

    [SetUp]
    public void CreateTaskRoot() => _taskRoot = Directory.CreateTempSubdirectory("bootstrap-process-").FullName;

    [TearDown]
    public void DeleteTaskRoot() => Directory.Delete(_taskRoot, recursive: true);

    [Test]
    public async Task Start_RunsInTheTaskRootWithLambdasEnvironmentAndNothingInherited()
    {
        Environment.SetEnvironmentVariable("BOOTSTRAP_PROCESS_TEST_LEAK", "leaked");
        await using var emulator = await RuntimeApiEmulator.StartAsync(new RuntimeApiOptions(), CancellationToken.None);
        var launch = new BootstrapLaunch(_taskRoot, "/bin/sh", ["-c", "pwd; env | sort"])
        {
            FunctionName = "boston-info-test",
            MemorySizeMb = 256,
            Variables = new Dictionary<string, string> { ["BOSTON_SAMPLE_URL"] = "http://127.0.0.1:1/" },
        };

        await using var process = BootstrapProcess.Start(launch, emulator, TimeProvider.System);
        Assert.That(await process.WaitForExitAsync(CancellationToken.None), Is.Zero);
        var output = await OutputAfterExitAsync(process);

        Assert.That(output, Does.StartWith(new DirectoryInfo(_taskRoot).FullName + "\n"));
        Assert.That(output, Does.Contain($"AWS_LAMBDA_RUNTIME_API={emulator.RuntimeApiAddress}\n"));
        Assert.That(output, Does.Contain($"LAMBDA_TASK_ROOT={_taskRoot}\n"));
        Assert.That(output, Does.Contain("_HANDLER=bootstrap\n"));
        Assert.That(output, Does.Contain("AWS_LAMBDA_FUNCTION_NAME=boston-info-test\n"));
        Assert.That(output, Does.Contain("AWS_LAMBDA_FUNCTION_VERSION=$LATEST\n"));
        Assert.That(output, Does.Contain("AWS_LAMBDA_FUNCTION_MEMORY_SIZE=256\n"));
        Assert.That(output, Does.Contain("AWS_REGION=us-east-1\n"));
        Assert.That(output, Does.Contain("TZ=:UTC\n"));
        Assert.That(output, Does.Contain("BOSTON_SAMPLE_URL=http://127.0.0.1:1/\n"));
        Assert.That(output, Does.Not.Contain("BOOTSTRAP_PROCESS_TEST_LEAK"));
    }

    [Test]
    public async Task Dispose_KillsARuntimeThatIsStillRunning()
    {
        await using var emulator = await RuntimeApiEmulator.StartAsync(new RuntimeApiOptions(), CancellationToken.None);
        var process = BootstrapProcess.Start(new BootstrapLaunch(_taskRoot, "/bin/sleep", ["60"]), emulator, TimeProvider.System);

        await process.DisposeAsync();

        Assert.That(process.HasExited, Is.True);
    }

    [Test]
    public void CustomRuntime_StartsTheBootstrapAtThePackageRoot()
    {
        var launch = BootstrapLaunch.CustomRuntime(_taskRoot);

        Assert.That(launch.FileName, Is.EqualTo(Path.Combine(_taskRoot, "bootstrap")));
        Assert.That(launch.Arguments, Is.Empty);
    }

    /// <summary>The asynchronous readers can deliver the last lines just after the exit is seen.</summary>
    private static async Task<string> OutputAfterExitAsync(BootstrapProcess process)
    {
        for (var attempt = 0; attempt < 50 && !process.Output.Contains("TZ=", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(20);
        }

        return process.Output;
    }
}
