using System.Diagnostics;
using Build.Tests.Host;

namespace Build.Tests.Release;

/// <summary>`simulate`'s switches for latency, publication delay and lost answers, as a maintainer types them.</summary>
[NonParallelizable]
public sealed class SimulateSwitchesTests
{
    [Test]
    public async Task Simulate_WithLatencyPublishDelayAndALostAnswer_SaysSoAndDelaysEveryAnswer()
    {
        await using var simulate = await SimulateProcess.StartAsync("--latency-ms", "300", "--certify-after", "5", "--publish-after", "2", "--fail", "lambda:PublishVersion:1:lost");
        using var http = new HttpClient();

        var watch = Stopwatch.StartNew();
        using var answer = await http.GetAsync(simulate.Exports["ASK_SMAPI_SERVER_BASE_URL"] + "/v1/vendors");
        var elapsed = watch.Elapsed;

        Assert.That(simulate.Output, Does.Contain("Fault planned: call 1 of lambda:PublishVersion → Lost."));
        Assert.That(simulate.Output, Does.Contain("Every answer is delayed by 300 ms."));
        Assert.That(simulate.Output, Does.Contain("ends (Pass) 5 s after a submit, then goes live 2 s later"));
        Assert.That(elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290)), "the answer (a 401 without a token) came after the latency");
    }

    [TestCase("--latency-ms", "-5", "--latency-ms must be between 0 and 60000, not -5")]
    [TestCase("--fail", "lambda:PublishVersion:1:gone", "(FAULT: 429, 500, 409, timeout, lost or late)")]
    public async Task Simulate_WithAnUnreadableSwitch_StopsWithOneSentence(string name, string value, string expected)
    {
        var (exitCode, output) = await BuildProgram.RunAsync("--target", "simulate", "--port", "0", name, value);

        Assert.That(exitCode, Is.Not.Zero);
        Assert.That(output.TrimEnd().Split('\n')[^1], Does.Contain(expected));
    }
}
