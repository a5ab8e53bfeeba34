using BostonInfo.Skill.Speech;
using BostonInfo.Skill.Tests.Support;

namespace BostonInfo.Skill.Tests.Speech;

public sealed class BostonCalendarTests
{
    [Test]
    public void Today_IsBostonsWeekday_ReadFromTheClockOnEveryCall()
    {
        var time = new ManualTimeProvider { UtcNow = new DateTimeOffset(2026, 1, 16, 3, 0, 0, TimeSpan.Zero) };
        var calendar = new BostonCalendar(time);

        var lateThursdayInBoston = calendar.Today;
        time.UtcNow = new DateTimeOffset(2026, 1, 16, 6, 0, 0, TimeSpan.Zero);

        Assert.Multiple(() =>
        {
            Assert.That(lateThursdayInBoston, Is.EqualTo(DayOfWeek.Thursday), "03:00 UTC is 22:00 the evening before in Boston");
            Assert.That(calendar.Today, Is.EqualTo(DayOfWeek.Friday), "the same instance sees the new day");
        });
    }

    [Test]
    public void Now_FollowsDaylightSavingTime()
    {
        var calendar = new BostonCalendar(new ManualTimeProvider { UtcNow = new DateTimeOffset(2026, 7, 1, 16, 0, 0, TimeSpan.Zero) });

        Assert.That(calendar.Now.Hour, Is.EqualTo(12), "EDT is UTC-4 in July");
    }
}
