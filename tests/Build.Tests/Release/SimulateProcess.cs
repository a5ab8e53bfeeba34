using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Build.Tests.Host;

namespace Build.Tests.Release;

/// <summary>`./build.sh --target simulate` as a user runs it: a background process whose export lines we read.</summary>
internal sealed class SimulateProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private SimulateProcess(Process process) => _process = process;

    /// <summary>Every NAME=value the task printed as <c>export NAME='value'</c>.</summary>
    public Dictionary<string, string> Exports { get; } = new(StringComparer.Ordinal);

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public static async Task<SimulateProcess> StartAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryFiles.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { typeof(BuildContext).Assembly.Location, "--target", "simulate", "--port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        var simulate = new SimulateProcess(Process.Start(start)!);
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        simulate._process.OutputDataReceived += (_, line) => simulate.Read(line.Data, listening);
        simulate._process.ErrorDataReceived += (_, line) => simulate.Read(line.Data, listening);
        simulate._process.BeginOutputReadLine();
        simulate._process.BeginErrorReadLine();
        await listening.Task.WaitAsync(TimeSpan.FromMinutes(1));
        return simulate;
    }

    /// <summary>Sends SIGTERM, as a service manager or Ctrl+C would, and waits for the exit code.</summary>
    public async Task<int> StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Read(string? line, TaskCompletionSource listening)
    {
        if (line is null)
        {
            listening.TrySetException(new InvalidOperationException($"simulate ended before listening:\n{Output}"));
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (line.StartsWith("export ", StringComparison.Ordinal))
        {
            var (name, quoted) = (line[7..line.IndexOf('=')], line[(line.IndexOf('=') + 1)..]);
            Exports[name] = quoted.Trim('\'').Replace("'\\''", "'", StringComparison.Ordinal);
        }
        else if (line.Contains("Simulator listening on", StringComparison.Ordinal))
        {
            listening.TrySetResult();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
