using System.Diagnostics;

namespace Build.Release;

/// <summary>The checked-out commit, for version descriptions and ledger records.</summary>
public static class GitHead
{
    public static string Read(string repository)
    {
        try
        {
            var start = new ProcessStartInfo("git", "rev-parse HEAD") { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
            using var git = Process.Start(start)!;
            var head = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && head.Length > 0 ? head : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown"; // no git on this machine: the release still works, its records say so
        }
    }
}
