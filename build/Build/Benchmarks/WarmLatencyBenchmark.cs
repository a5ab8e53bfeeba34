using BostonInfo.Skill;
using BostonInfo.Skill.Fixtures;
using BostonInfo.Skill.Logging;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;

namespace Build.Benchmarks;

/// <summary>
/// The handler's own time on a warm instance: <see cref="Function.Handle"/> called in process against the fixture
/// city services in memory, after warm-up calls so that JIT compilation is not counted.
/// </summary>
public sealed class WarmLatencyBenchmark(TimeProvider time)
{
    /// <param name="upstreamDelay">How long every city-service call takes.</param>
    public async Task<WarmMeasurement> MeasureAsync(byte[] request, TimeSpan upstreamDelay, int warmUpCalls, int measuredCalls, CancellationToken cancellationToken)
    {
        using var upstreams = new SlowUpstreamHandler(upstreamDelay, time, new FixtureHttpHandler());
        var settings = new SkillSettings(AlexaSkillId: null) { CityData = FixtureEndpoints.For(FixtureHttpHandler.Root) };
        var function = new Function(settings, time, new JsonLinesSkillLog(TextWriter.Null), upstreams);
        var answer = await function.RespondAsync(new MemoryStream(request, writable: false), cancellationToken);
        if (answer.Response?.OutputSpeech is PlainTextOutputSpeech { Text: FixedResponses.ApologySpeech })
        {
            throw new InvalidOperationException("The skill apologised instead of answering, so the benchmark would time its failure path. Request: " + System.Text.Encoding.UTF8.GetString(request));
        }

        for (var call = 0; call < warmUpCalls; call++)
        {
            await CallAsync(function, request);
        }

        var milliseconds = new List<double>(measuredCalls);
        for (var call = 0; call < measuredCalls; call++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = time.GetTimestamp();
            await CallAsync(function, request);
            milliseconds.Add(time.GetElapsedTime(started).TotalMilliseconds);
        }

        return new WarmMeasurement(new Sample(milliseconds), upstreams.Calls / (double)(1 + warmUpCalls + measuredCalls));
    }

    private static async Task CallAsync(Function function, byte[] request)
    {
        await using var response = await function.Handle(new MemoryStream(request, writable: false));
    }
}

/// <summary>The handler's latencies, and how many city-service calls one request made on average.</summary>
public sealed record WarmMeasurement(Sample Sample, double UpstreamCallsPerRequest);
