using Build.Hosting;
using Cake.Core.Diagnostics;
using Microsoft.Extensions.Logging;
using SkillRelease.Release.Waiting;

namespace Build.Release;

/// <summary>
/// The engine's log and where its long waits report progress, chosen for the output: on a terminal a live line that
/// log lines erase before they print; elsewhere (GitHub's job log) a line every ReleaseTuning.ProgressInterval.
/// </summary>
public sealed record WaitDisplay(ILogger Logger, IProgress<WaitProgress> Progress)
{
    public static WaitDisplay For(ICakeLog log, ConsoleTraits console, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (console.IsTerminal)
        {
            var live = new LiveWaitLine(Console.Out, time);
            return new WaitDisplay(new CakeLogger(log, live), live);
        }

        var logger = new CakeLogger(log);
        return new WaitDisplay(logger, new WaitProgressLog(logger));
    }
}
