using System.Globalization;
using SkillRelease.Release.Waiting;

namespace Build.Release;

/// <summary>How a wait's progress reads, in a log line or on a terminal's live line.</summary>
public static class WaitProgressText
{
    public static string Line(WaitProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return $"  waiting for {progress.What}: {Duration(progress.Elapsed)} elapsed, at most {Duration(progress.Remaining)} left";
    }

    /// <summary>"45 s", "2 min 05 s", "1 h 02 min": whole seconds, the two largest units.</summary>
    public static string Duration(TimeSpan span)
    {
        var whole = TimeSpan.FromSeconds(Math.Floor(Math.Max(0, span.TotalSeconds)));
        return whole.TotalHours >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{(int)whole.TotalHours} h {whole.Minutes:00} min")
            : whole.TotalMinutes >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{whole.Minutes} min {whole.Seconds:00} s")
            : string.Create(CultureInfo.InvariantCulture, $"{whole.Seconds} s");
    }
}
