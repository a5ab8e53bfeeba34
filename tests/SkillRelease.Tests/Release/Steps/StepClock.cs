using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace SkillRelease.Tests.Release.Steps;

/// <summary>
/// A clock that tells the test each time a step starts waiting, and for how long, so the test moves time exactly
/// when the step is waiting: never before its timer exists (the move would be lost) and never by a guess.
/// </summary>
internal sealed class StepClock() : FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero))
{
    private readonly Channel<TimeSpan> _waits = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _waits.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Lets every wait of <paramref name="run"/> elapse until it ends; returns the waits in order.</summary>
    public async Task<IReadOnlyList<TimeSpan>> RunAsync(Task run)
    {
        var waits = new List<TimeSpan>();
        while (true)
        {
            var next = _waits.Reader.ReadAsync().AsTask();
            if (await Task.WhenAny(next, run) == run && !next.IsCompleted)
            {
                await run;
                return waits;
            }

            var wait = await next;
            waits.Add(wait);
            Advance(wait);
        }
    }
}
