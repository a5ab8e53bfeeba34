namespace SkillRelease.Tests.Lambda.Support;

/// <summary>A wall clock that moves only when told, so the simulator's InProgress window ends exactly when a test says.
/// Timers stay real: only "what time is it" is pinned.</summary>
internal sealed class ManualClock : TimeProvider
{
    private long _ticks = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
