using System.Diagnostics;
using System.Text;

namespace SkillRelease.Simulator.RuntimeApi;

/// <summary>
/// A runtime process started the way Lambda starts one: in the package folder, with only Lambda's environment
/// (nothing inherited from this process, so a test cannot pass because of a variable the sandbox would not have),
/// its output captured, killed on dispose.
/// </summary>
public sealed class BootstrapProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private bool _disposed;

    private BootstrapProcess(Process process, long startedTimestamp)
    {
        _process = process;
        StartedTimestamp = startedTimestamp;
    }

    /// <summary>Taken just before the process was started, from the same clock as the emulator's timestamps.</summary>
    public long StartedTimestamp { get; }

    /// <summary>True once the process has ended, by itself or by <see cref="DisposeAsync"/>.</summary>
    public bool HasExited => _disposed || _process.HasExited;

    /// <summary>Standard output and standard error so far, interleaved as they arrived.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static BootstrapProcess Start(BootstrapLaunch launch, RuntimeApiEmulator runtimeApi, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(launch);
        ArgumentNullException.ThrowIfNull(runtimeApi);
        ArgumentNullException.ThrowIfNull(time);
        var start = new ProcessStartInfo(launch.FileName)
        {
            WorkingDirectory = launch.TaskRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in launch.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var (name, value) in launch.Environment(runtimeApi.RuntimeApiAddress))
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var started = time.GetTimestamp();
        var bootstrap = new BootstrapProcess(process, started);
        process.OutputDataReceived += (_, line) => bootstrap.Append(line.Data);
        process.ErrorDataReceived += (_, line) => bootstrap.Append(line.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {launch.FileName}.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bootstrap;
    }

    /// <summary>Waits for the process to exit by itself (after an init error, say) and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync().ConfigureAwait(false);
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
