namespace BostonInfo.Skill.Server.Tests.Support;

/// <summary>Thursday 15 January 2026, 9:00 in Boston, for answers that depend on the day (food trucks, markets).</summary>
internal sealed class FixedTimeProvider : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(2026, 1, 15, 14, 0, 0, TimeSpan.Zero);
}
