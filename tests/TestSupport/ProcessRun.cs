using System.Diagnostics;

namespace TestSupport;

/// <summary>The outcome of one external process (npm, node).</summary>
internal sealed record ProcessRun(int ExitCode, string StandardOutput, string StandardError)
{
    /// <param name="environment">Variables to set (or, with a null value, remove) on top of this process's own.</param>
    public static async Task<ProcessRun> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}.");
        }

        return new ProcessRun(process.ExitCode, await output, await error);
    }

    /// <summary>The last lines of both streams, for a failure message.</summary>
    public string Tail(int lines = 30) =>
        string.Join('\n', (StandardOutput + "\n" + StandardError).Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines));
}
