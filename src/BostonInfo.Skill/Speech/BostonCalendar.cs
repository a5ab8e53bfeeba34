namespace BostonInfo.Skill.Speech;

/// <summary>
/// "Today" in Boston, asked of the injected clock on every request (never remembered from start-up: a warm
/// Lambda container lives past midnight).
/// </summary>
public sealed class BostonCalendar
{
    private static readonly TimeZoneInfo Eastern = FindEastern();

    private readonly TimeProvider _time;

    public BostonCalendar(TimeProvider time) => _time = time ?? throw new ArgumentNullException(nameof(time));

    /// <summary>The current date and time in America/New_York.</summary>
    public DateTime Now => TimeZoneInfo.ConvertTime(_time.GetUtcNow(), Eastern).DateTime;

    public DayOfWeek Today => Now.DayOfWeek;

    /// <summary>The system's zone database, or, where a runtime image lacks it, the US Eastern rules since 2007.</summary>
    private static TimeZoneInfo FindEastern()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        }
        catch (TimeZoneNotFoundException)
        {
            var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 2, DayOfWeek.Sunday);
            var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 11, 1, DayOfWeek.Sunday);
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(new DateTime(2007, 1, 1), DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
            return TimeZoneInfo.CreateCustomTimeZone("America/New_York", TimeSpan.FromHours(-5), "Eastern Time", "EST", "EDT", [rule]);
        }
    }
}
