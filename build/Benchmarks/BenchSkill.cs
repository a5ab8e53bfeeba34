using BostonInfo.Skill;
using BostonInfo.Skill.Fixtures;
using BostonInfo.Skill.Logging;
using BostonInfo.Skill.Protocol.Responses;
using BostonInfo.Skill.Replies;

namespace Benchmarks;

/// <summary>The skill as the benchmarks run it: the real function over the fixture city services, quiet.</summary>
public static class BenchSkill
{
    /// <param name="upstreams">The fixture services, usually behind a <see cref="SlowUpstreamHandler"/>.</param>
    public static Function Create(TimeProvider time, HttpMessageHandler upstreams)
    {
        var settings = new SkillSettings(AlexaSkillId: null) { CityData = FixtureEndpoints.For(FixtureHttpHandler.Root) };
        return new Function(settings, time, new JsonLinesSkillLog(TextWriter.Null), upstreams);
    }

    /// <summary>One answer; an apology means the benchmark would time the failure path, so it stops instead.</summary>
    public static async Task<SkillResponse> AnswerAsync(Function function, byte[] request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(function);
        var answer = await function.RespondAsync(new MemoryStream(request, writable: false), cancellationToken);
        return answer.Response?.OutputSpeech is PlainTextOutputSpeech { Text: FixedResponses.ApologySpeech }
            ? throw new InvalidOperationException(
                "The skill apologised instead of answering, so the benchmark would time its failure path. Request: " +
                System.Text.Encoding.UTF8.GetString(request))
            : answer;
    }
}
