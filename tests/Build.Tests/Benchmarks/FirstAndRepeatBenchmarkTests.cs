using Benchmarks;

namespace Build.Tests.Benchmarks;

public sealed class FirstAndRepeatBenchmarkTests
{
    // The bench's delay: long enough that the skill's own work and a busy machine stay well inside half of it.
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(200);

    [TestCase("TrashDayIntent")]
    [TestCase("VotingIntent")]
    public async Task AddressQuestion_FirstAnswerInTwoRoundTrips_RepeatInOneCall(string intent)
    {
        var request = BenchIntents.All.Single(entry => entry.Name == intent).Request;

        var measured = await new FirstAndRepeatBenchmark(TimeProvider.System).MeasureAsync(request, Delay, 2, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(measured.FirstCalls, Is.EqualTo(3), "geocoder, what needs only the address, what needs the place");
            Assert.That(measured.First.Median, Is.LessThan(2.5 * Delay.TotalMilliseconds), "the first two calls ran side by side");
            Assert.That(measured.RepeatCalls, Is.EqualTo(1));
            Assert.That(measured.Repeat.Median, Is.LessThan(1.5 * Delay.TotalMilliseconds));
        });
    }
}
