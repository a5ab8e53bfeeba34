using System.Diagnostics;
using System.Text.Json.Nodes;

namespace TestSupport;

/// <summary>
/// The pre-installed AWS CLI v1 pointed at a simulator through <c>AWS_ENDPOINT_URL_LAMBDA</c> (and _CLOUDWATCH), with the simulator's
/// key pair and nothing else from this machine (no config, no profile, no instance metadata, one attempt per call).
/// </summary>
internal sealed class AwsCli(IReadOnlyDictionary<string, string> clientEnvironment)
{
    private static readonly string? Executable = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, "aws"))
        .FirstOrDefault(File.Exists);

    /// <summary>Marks the test Ignored when there is no <c>aws</c> on the PATH.</summary>
    public static void RequireInstalled()
    {
        if (Executable is null)
        {
            Assert.Ignore("The AWS CLI (aws, part of the machine image) is not on the PATH, so no independent client can drive the simulator here.");
        }
    }

    /// <summary>Runs <c>aws lambda …</c> and returns its exit code, its JSON output (null when it printed none) and its errors.</summary>
    public Task<(int ExitCode, JsonNode? Output, string Errors)> LambdaAsync(params string[] arguments) => RunAsync("lambda", arguments);

    /// <summary>Runs <c>aws cloudwatch …</c> (through <c>AWS_ENDPOINT_URL_CLOUDWATCH</c>) the same way.</summary>
    public Task<(int ExitCode, JsonNode? Output, string Errors)> CloudWatchAsync(params string[] arguments) => RunAsync("cloudwatch", arguments);

    /// <summary>Runs <c>aws sts …</c> (through <c>AWS_ENDPOINT_URL_STS</c>) the same way.</summary>
    public Task<(int ExitCode, JsonNode? Output, string Errors)> StsAsync(params string[] arguments) => RunAsync("sts", arguments);

    private async Task<(int ExitCode, JsonNode? Output, string Errors)> RunAsync(string service, string[] arguments)
    {
        var start = new ProcessStartInfo(Executable!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(service);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (name, value) in clientEnvironment.Where(e => e.Key.StartsWith("AWS_", StringComparison.Ordinal)))
        {
            start.Environment[name] = value;
        }

        start.Environment["AWS_DEFAULT_REGION"] = clientEnvironment["AWS_REGION"];
        start.Environment["AWS_CONFIG_FILE"] = "/nonexistent";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent";
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        start.Environment["AWS_PAGER"] = "";
        start.Environment["AWS_MAX_ATTEMPTS"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("aws did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(deadline.Token);
        var text = await output;
        return (process.ExitCode, string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text), await errors);
    }
}
