using System.Diagnostics;

namespace Benchmarks;

/// <summary>One external command, timed from start to exit (how a shell script pays for each CLI call).</summary>
public static class TimedCommand
{
    /// <summary>
    /// Runs the command with <paramref name="environment"/> on top of this process's (a null value removes a
    /// variable) and returns its wall-clock time and standard output; a non-zero exit is an error that quotes it.
    /// </summary>
    public static async Task<TimedRun> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?> environment,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var started = time.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var elapsed = time.GetElapsedTime(started).TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}{await error}");
        }

        return new TimedRun(elapsed, await output);
    }
}
