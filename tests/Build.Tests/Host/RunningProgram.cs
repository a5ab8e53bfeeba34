using System.Diagnostics;
using System.Globalization;

namespace Build.Tests.Host;

/// <summary>The real build program running in the background, as a terminal or a GitHub runner holds it: its output
/// is read line by line, and it can be sent the signals they send.</summary>
internal sealed class RunningProgram : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private (Func<string, bool> Wanted, TaskCompletionSource<string> Found)? _waiting;
    private int _streamsEnded;

    private RunningProgram(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_lines)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    /// <param name="environment">Variables to set (or, with a null value, remove) for this run.</param>
    public static RunningProgram Start(string[] args, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryFiles.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { typeof(BuildContext).Assembly.Location }.Concat(args))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var program = new RunningProgram(Process.Start(start)!);
        program._process.OutputDataReceived += (_, line) => program.Read(line.Data);
        program._process.ErrorDataReceived += (_, line) => program.Read(line.Data);
        program._process.BeginOutputReadLine();
        program._process.BeginErrorReadLine();
        return program;
    }

    /// <summary>The first output line (without colours) that <paramref name="wanted"/> accepts, once it is printed.</summary>
    public Task<string> LineAsync(Func<string, bool> wanted, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lines)
        {
            if (_lines.FirstOrDefault(wanted) is { } line)
            {
                return Task.FromResult(line);
            }

            _waiting = (wanted, found);
        }

        return found.Task.WaitAsync(timeout);
    }

    /// <summary>Sends a POSIX signal (INT: Ctrl+C or a cancelled GitHub job; TERM) to the program itself.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        await _process.WaitForExitAsync().WaitAsync(timeout);
        await _ended.Task.WaitAsync(timeout);
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

    private void Read(string? line)
    {
        lock (_lines)
        {
            if (line is null)
            {
                // Standard output and error each end with a null line; after both, all output is in.
                if (++_streamsEnded == 2)
                {
                    _ended.TrySetResult();
                    _waiting?.Found.TrySetException(new InvalidOperationException($"The program ended without printing the line awaited:\n{string.Join('\n', _lines)}"));
                }

                return;
            }

            _lines.Add(line);
            if (_waiting is { } waiting && waiting.Wanted(line))
            {
                waiting.Found.TrySetResult(line);
                _waiting = null;
            }
        }
    }
}
