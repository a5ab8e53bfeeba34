
namespace Build.Tests.Host;

/// <summary>The real build program, run as build.sh runs it: its compiled DLL, from the repository root.</summary>
internal static class BuildProgram
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var run = await ProcessRun.RunAsync("dotnet", [typeof(BuildContext).Assembly.Location, .. args], RepositoryRoot.Path, TimeSpan.FromMinutes(1));
        return (run.ExitCode, run.StandardOutput + run.StandardError);
    }
}
