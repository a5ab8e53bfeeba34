namespace TestSupport;

/// <summary>
/// A wall clock that moves only when the test says so, so a window a simulator opened (an update InProgress) ends
/// exactly when the test decides. Timers (delays) and timestamps stay real: only "what time is it" is pinned, so a
/// poll's own timeout still fires. The skill's tests, which measure durations, use a clock whose timestamps are pinned
/// too (BostonInfo.Skill.Tests' ManualTimeProvider).
/// </summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    /// <summary>A fixed Wednesday noon UTC, for tests where only the movement of time matters.</summary>
    public static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => start.AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
