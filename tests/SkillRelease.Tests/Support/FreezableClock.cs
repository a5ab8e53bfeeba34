namespace SkillRelease.Tests.Support;

/// <summary>
/// Real time until frozen; then "now" stands still, and moves only by <see cref="Advance"/>, so a window the simulator
/// opened (a publication in progress, say) cannot close while a test is looking at it, however slow the machine.
/// Thawed, it runs on from where it stood (never backwards). Timers stay real: only "what time is it" is controlled.
/// </summary>
internal sealed class FreezableClock : TimeProvider
{
    private readonly object _gate = new();
    private TimeSpan _offset;
    private DateTimeOffset? _frozenAt;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _frozenAt ?? System.GetUtcNow() + _offset;
        }
    }

    public void Freeze()
    {
        lock (_gate)
        {
            _frozenAt ??= System.GetUtcNow() + _offset;
        }
    }

    /// <summary>Moves a frozen clock on by <paramref name="by"/>.</summary>
    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _frozenAt = (_frozenAt ?? throw new InvalidOperationException("Freeze the clock before moving it by hand.")) + by;
        }
    }

    public void Thaw()
    {
        lock (_gate)
        {
            if (_frozenAt is { } at)
            {
                _offset = at - System.GetUtcNow();
                _frozenAt = null;
            }
        }
    }
}
