namespace Build.Tests.Host;

/// <summary>The real build program, run as build.sh runs it: its compiled DLL, from the repository root.</summary>
internal static class BuildProgram
{
    public static Task<(int ExitCode, string Output)> RunAsync(params string[] args) => RunAsync(args, environment: null, TimeSpan.FromMinutes(1));

    /// <param name="environment">Variables to set (or, with a null value, remove) for this run.</param>
    public static async Task<(int ExitCode, string Output)> RunAsync(string[] args, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout)
    {
        var run = await ProcessRun.RunAsync("dotnet", [typeof(BuildContext).Assembly.Location, .. args], RepositoryFiles.Root, timeout, environment);
        return (run.ExitCode, run.StandardOutput + run.StandardError);
    }

    /// <summary>
    /// A release task's environment: the simulator's client variables, and none of what this machine's environment
    /// might add (GitHub Actions variables, another AWS identity), so the run can only reach the simulator.
    /// </summary>
    public static Dictionary<string, string?> ReleaseEnvironment(IEnumerable<KeyValuePair<string, string>> client)
    {
        var environment = client.ToDictionary(p => p.Key, p => (string?)p.Value);
        foreach (var name in new[] { "GITHUB_ACTIONS", "GITHUB_REF", "GITHUB_SHA", "GITHUB_STEP_SUMMARY", "GITHUB_OUTPUT", "AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN" })
        {
            environment[name] = null;
        }

        return environment;
    }
}
