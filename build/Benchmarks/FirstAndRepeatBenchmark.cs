using BostonInfo.Skill.Fixtures;

namespace Benchmarks;

/// <summary>
/// One intent with every city service taking the same delay: its first answer on a function that has never seen
/// the address, and the same question again on that warm function, which then answers from what it remembers.
/// Each sample is a new function, so every first answer starts with empty memory.
/// </summary>
public sealed class FirstAndRepeatBenchmark(TimeProvider time)
{
    public async Task<FirstAndRepeat> MeasureAsync(byte[] request, TimeSpan upstreamDelay, int samples, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        // An untimed round first, so that no first answer pays for JIT compilation.
        await RoundAsync(request, TimeSpan.Zero, cancellationToken);
        var rounds = new List<Round>(samples);
        for (var sample = 0; sample < samples; sample++)
        {
            rounds.Add(await RoundAsync(request, upstreamDelay, cancellationToken));
        }

        return new FirstAndRepeat(
            new Sample(rounds.Select(round => round.FirstMs)),
            new Sample(rounds.Select(round => round.RepeatMs)),
            rounds.Average(round => round.FirstCalls),
            rounds.Average(round => round.RepeatCalls));
    }

    private async Task<Round> RoundAsync(byte[] request, TimeSpan upstreamDelay, CancellationToken cancellationToken)
    {
        using var upstreams = new SlowUpstreamHandler(upstreamDelay, time, new FixtureHttpHandler());
        var function = BenchSkill.Create(time, upstreams);
        var started = time.GetTimestamp();
        await BenchSkill.AnswerAsync(function, request, cancellationToken);
        var firstMs = time.GetElapsedTime(started).TotalMilliseconds;
        var firstCalls = upstreams.Calls;
        started = time.GetTimestamp();
        await BenchSkill.AnswerAsync(function, request, cancellationToken);
        return new Round(firstMs, firstCalls, time.GetElapsedTime(started).TotalMilliseconds, upstreams.Calls - firstCalls);
    }

    private sealed record Round(double FirstMs, int FirstCalls, double RepeatMs, int RepeatCalls);
}
