using SkillRelease.Release.Waiting;

namespace Build.Release;

/// <summary>
/// A wait's progress on a terminal: one line, rewritten in place every <see cref="Refresh"/> from the engine's last
/// report and the time since, and erased when the wait ends. Anything else written meanwhile goes through
/// <see cref="Interrupt"/>, which erases the line first, so log lines never land in the middle of it.
/// </summary>
public sealed class LiveWaitLine(TextWriter output, TimeProvider time) : IProgress<WaitProgress>, IDisposable
{
    public static TimeSpan Refresh { get; } = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private WaitProgress? _last;
    private long _lastAt;
    private ITimer? _ticker;
    private int _shown;

    public void Report(WaitProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            if (value.Phase == WaitPhase.Finished)
            {
                StopTicking();
                Erase();
                return;
            }

            _last = value;
            _lastAt = time.GetTimestamp();
            _ticker ??= time.CreateTimer(_ => Tick(), state: null, Refresh, Refresh);
            Draw(value);
        }
    }

    /// <summary>Erases the live line, then writes; the next refresh draws the line again under what was written.</summary>
    public void Interrupt(Action write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (_gate)
        {
            Erase();
            write();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            StopTicking();
            Erase();
        }
    }

    private void Tick()
    {
        lock (_gate)
        {
            if (_last is { } last)
            {
                var since = time.GetElapsedTime(_lastAt);
                Draw(last with { Elapsed = last.Elapsed + since, Remaining = last.Remaining > since ? last.Remaining - since : TimeSpan.Zero });
            }
        }
    }

    private void StopTicking()
    {
        _ticker?.Dispose();
        _ticker = null;
        _last = null;
    }

    private void Draw(WaitProgress progress)
    {
        var text = WaitProgressText.Line(progress);
        // Padding covers a longer line drawn before; a carriage return goes back without a new line.
        output.Write("\r" + text.PadRight(_shown));
        output.Flush();
        _shown = text.Length;
    }

    private void Erase()
    {
        if (_shown == 0)
        {
            return;
        }

        output.Write("\r" + new string(' ', _shown) + "\r");
        output.Flush();
        _shown = 0;
    }
}
